package org.neurula.runs.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskRegistry;
import org.neurula.fitness.xor.XorConfig;
import org.neurula.fitness.xor.XorProvider;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.Generation;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;

/**
 * Checkpoints round-trip exactly, are read field by field (a class name in the file is just an
 * unknown field), and damaged ones are refused with a message.
 */
class CheckpointJsonTest {

    @TempDir
    Path dir;

    private static Checkpoint checkpointAfter(int generations) {
        Task xor = new XorProvider().create(new XorConfig());
        try (Engine engine = Engine.builder(xor.inputs(), xor.outputs(), xor::newEvaluator).seed(3).build()) {
            Generation last = null;
            for (int g = 0; g < generations; g++) {
                last = engine.step();
            }
            return new Checkpoint(engine.state(), new RunProgress(last.champion(), last.number(), -1, -1));
        }
    }

    @Test
    void roundTripIsExact() throws Exception {
        Checkpoint original = checkpointAfter(12);
        Checkpoint read = CheckpointJson.read(CheckpointJson.write(original), ActivationRegistry.withBuiltIns());
        assertEquals(original.engine(), read.engine());
        assertEquals(original.progress(), read.progress());

        CheckpointStore store = new CheckpointStore(dir, ActivationRegistry.withBuiltIns());
        Path file = store.write(original);
        assertEquals("checkpoint-00000012.json.gz", file.getFileName().toString());
        assertEquals(original.engine(), store.read(file).engine());
    }

    @Test
    void storeKeepsTheNewestThree() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, ActivationRegistry.withBuiltIns());
        for (int g : new int[] {1, 2, 3, 4, 5}) {
            store.write(checkpointAfter(g));
        }
        assertEquals(List.of("checkpoint-00000005.json.gz", "checkpoint-00000004.json.gz",
                "checkpoint-00000003.json.gz"), store.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void classNamesInTheFileInstantiateNothing() throws Exception {
        ObjectNode doc = CheckpointJson.write(checkpointAfter(3));
        doc.put("@class", "java.lang.ProcessBuilder");
        ((ObjectNode) doc.get("population").get(0)).put("@type", "java.net.URL");
        Checkpoint read = CheckpointJson.read(doc, ActivationRegistry.withBuiltIns());
        assertEquals(checkpointAfter(3).engine(), read.engine(), "unknown fields are ignored, never bound");

        Path config = Files.writeString(dir.resolve("c.yaml"), """
                task: {type: xor, "@class": "java.lang.ProcessBuilder"}
                """);
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(TaskRegistry.load()).load(config, "c.yaml"));
        assertTrue(e.getMessage().contains("task.@class: unknown key"), e.getMessage());
    }

    @Test
    void damagedDocumentsAreRefusedWithTheField() {
        ObjectNode doc = CheckpointJson.write(checkpointAfter(2));
        doc.remove("innovations");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CheckpointJson.read(doc, ActivationRegistry.withBuiltIns()));
        assertEquals("missing field 'innovations'", missing.getMessage());

        ObjectNode other = CheckpointJson.write(checkpointAfter(2));
        other.put("version", 99);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CheckpointJson.read(other, ActivationRegistry.withBuiltIns())).getMessage()
                .contains("checkpoint version 99 is not supported"));

        ObjectNode genome = CheckpointJson.write(checkpointAfter(2));
        ((ObjectNode) genome.get("population").get(0).get("genome").get("nodes").get(0)).put("activation", "warp");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CheckpointJson.read(genome, ActivationRegistry.withBuiltIns())).getMessage()
                .contains("unknown activation 'warp'"));
    }
}
