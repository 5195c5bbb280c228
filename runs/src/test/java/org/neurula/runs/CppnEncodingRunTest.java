package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;

/**
 * Runs whose genomes are CPPNs, through the command line: the engine evolves CPPNs of the encoding's
 * shape, champion files keep the grown network, a resumed run equals the straight one, and the number
 * of threads does not change the result.
 */
class CppnEncodingRunTest {

    @TempDir
    Path dir;

    private static final String RETINA_LEO = """
            run: {name: rh, seed: 4, threads: 2, generations: 24, stopWhenSolved: false, checkpointEvery: 5}
            task: {type: retina}
            reproduction: {populationSize: 40}
            encoding:
              type: hyperneat
              hyperneat:
                substrate: {hidden: [{columns: 4}]}
                cppn: {deltas: true}
                linkExpression: true
                localitySeed: true
            """;

    private static final String XOR_ES = """
            run: {name: xe, seed: 2, threads: 2, generations: 15, stopWhenSolved: false, checkpointEvery: 5}
            task: {type: xor}
            reproduction: {populationSize: 40}
            mutation: {addNode: 0.2, addConnection: 0.3}
            encoding: {type: es-hyperneat}
            """;

    private Path config(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), text);
    }

    private static void run(String... args) {
        CliRun.succeed(args);
    }

    private static List<JsonNode> metricsWithoutTiming(Path runDir) {
        return CliRun.metricsWithoutTiming(runDir);
    }

    @Test
    void hyperNeatChampionKeepsItsGrownNetworkAndRunsWithAndWithoutTheConfig() throws Exception {
        Path out = dir.resolve("rh");
        run("run", config("rh", RETINA_LEO).toString(), "--out", out.toString());
        JsonNode champion = CliRun.readJson(out.resolve("champion.json"));
        // CPPN: x1, y1, x2, y2, dx, dy in; weight, bias, LEO out
        assertEquals(6, champion.get("inputs").asInt());
        assertEquals(3, champion.get("outputs").asInt());
        JsonNode phenotype = champion.get("phenotype");
        assertTrue(phenotype != null && phenotype.get("nodes").size() == 8 + 1 + 2 + 4, "grown: inputs, bias, "
                + "outputs and the hidden layer");
        assertEquals(2, phenotype.get("dimensions").asInt());

        Champion withConfig = Champion.read(out);
        NetworkBlueprint grown = withConfig.phenotype().orElseThrow();
        Network regrown = withConfig.network();
        Path alone = dir.resolve("alone.json");
        Files.copy(out.resolve("champion.json"), alone);
        Champion withoutConfig = Champion.read(alone);
        assertFalse(withoutConfig.config().isPresent());
        Network saved = withoutConfig.network();
        assertEquals(8, regrown.inputCount());
        assertEquals(2, regrown.outputCount());
        for (int pattern = 0; pattern < 256; pattern++) {
            double[] pixels = new double[8];
            for (int b = 0; b < 8; b++) {
                pixels[b] = (pattern >> b) & 1;
            }
            assertArrayEquals(regrown.activate(pixels), saved.activate(pixels), "pattern " + pattern
                    + ": the network regrown from the CPPN and the one saved beside it agree");
        }
        assertTrue(grown.connectionCount() > 0);
    }

    @Test
    void resumedHyperNeatRunEqualsTheStraightRun() throws Exception {
        Path config = config("rh", RETINA_LEO);
        Path straight = dir.resolve("straight");
        run("run", config.toString(), "--out", straight.toString());
        Path stopped = dir.resolve("stopped");
        run("run", config.toString(), "--out", stopped.toString(), "--generations", "12");
        Files.writeString(stopped.resolve("config.yaml"),
                Files.readString(stopped.resolve("config.yaml")).replace("generations: 12", "generations: 24"));
        run("resume", stopped.toString());
        assertEquals(metricsWithoutTiming(straight), metricsWithoutTiming(stopped));
        assertArrayEquals(Files.readAllBytes(straight.resolve("champion.json")),
                Files.readAllBytes(stopped.resolve("champion.json")));
    }

    @Test
    void oneThreadEqualsTwoForBothCppnEncodings() throws Exception {
        for (String text : List.of(RETINA_LEO, XOR_ES)) {
            Path config = config("c", text);
            Path two = dir.resolve("two");
            Path one = dir.resolve("one");
            run("run", config.toString(), "--out", two.toString(), "--replace");
            run("run", config.toString(), "--out", one.toString(), "--threads", "1", "--replace");
            assertEquals(metricsWithoutTiming(two), metricsWithoutTiming(one));
            assertArrayEquals(Files.readAllBytes(two.resolve("champion.json")),
                    Files.readAllBytes(one.resolve("champion.json")));
        }
    }

    @Test
    void esHyperNeatGrowsHiddenNodesAtSubstratePoints() throws Exception {
        Path out = dir.resolve("xe");
        run("run", config("xe", XOR_ES).toString(), "--out", out.toString());
        JsonNode champion = CliRun.readJson(out.resolve("champion.json"));
        assertEquals(4, champion.get("inputs").asInt(), "CPPN inputs x1, y1, x2, y2");
        JsonNode nodes = champion.get("phenotype").get("nodes");
        assertTrue(nodes.size() > 2 + 1 + 1, "the search placed hidden nodes: " + nodes.size());
        for (int i = 4; i < nodes.size(); i++) {
            JsonNode at = nodes.get(i).get("at");
            assertTrue(Math.abs(at.get(0).asDouble()) < 1 && Math.abs(at.get(1).asDouble()) < 1,
                    "hidden nodes lie inside the substrate square: " + at);
        }
        List<JsonNode> metrics = metricsWithoutTiming(out);
        assertEquals(15, metrics.size());
    }

    @Test
    void resumeRefusesAChangedEncoding() throws Exception {
        Path out = dir.resolve("rh");
        run("run", config("rh", RETINA_LEO).toString(), "--out", out.toString(), "--generations", "6");
        CliRun changed = CliRun.of("resume", out.toString(), "--generations", "12", "--set", "encoding.type=direct");
        assertEquals(2, changed.exitCode(), changed.out());
        assertTrue(changed.err().contains("keeps the encoding"), changed.err());
        CliRun shape = CliRun.of("resume", out.toString(), "--generations", "12", "--set",
                "encoding.hyperneat.cppn.distance=true");
        assertEquals(2, shape.exitCode(), shape.out());
        assertTrue(shape.err().contains("CPPN's inputs or outputs"), shape.err());
    }
}
