package org.neurula.runs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.TaskRegistry;

/** {@code --set key=value}: applied on top of the file, and problems name the override, not the file. */
class OverrideTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(TaskRegistry.load());

    private Path file() throws Exception {
        return Files.writeString(dir.resolve("c.yaml"), "run: {seed: 3}\ntask: {type: xor}\nmutation: {addNode: 0.1}\n");
    }

    @Test
    void overridesReplaceFileValuesAndFillMissingSections() throws Exception {
        RunConfig config = loader.load(file(), "c.yaml", List.of("mutation.addNode=0.05", "run.generations=7",
                "genome.activationChoices=[tanh, relu]", "task.type=parity3", "run.stopWhenSolved=false"));
        assertEquals(0.05, config.parameters().mutation().addNode());
        assertEquals(7, config.run().generations());
        assertEquals(3, config.run().seed(), "keys not overridden keep the file's values");
        assertEquals(List.of("tanh", "relu"), config.parameters().genome().activationChoices());
        assertEquals("parity3", config.task().type());
        assertEquals(false, config.run().stopWhenSolved());
    }

    @Test
    void problemsNameTheOverride() throws Exception {
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> loader.load(file(), "c.yaml", List.of("mutation.adNode=0.05")));
        assertEquals(List.of(new ConfigProblem("--set mutation.adNode=0.05", 0, "mutation.adNode",
                unknown.problems().getFirst().message())), unknown.problems());
        assertEquals(true, unknown.getMessage().contains("did you mean 'addNode'?"), unknown.getMessage());

        ConfigException range = assertThrows(ConfigException.class,
                () -> loader.load(file(), "c.yaml", List.of("mutation.addNode=2")));
        assertEquals("--set mutation.addNode=2: mutation.addNode: must be a probability in [0, 1], was 2.0",
                range.getMessage());

        ConfigException shape = assertThrows(ConfigException.class,
                () -> loader.load(file(), "c.yaml", List.of("addNode")));
        assertEquals("--set addNode: write --set section.key=value, for example --set mutation.addNode=0.05",
                shape.getMessage());

        ConfigException notSection = assertThrows(ConfigException.class,
                () -> loader.load(file(), "c.yaml", List.of("mutation.addNode.rate=0.1")));
        assertEquals(true, notSection.getMessage().contains("'mutation.addNode' is not a section"),
                notSection.getMessage());
    }
}
