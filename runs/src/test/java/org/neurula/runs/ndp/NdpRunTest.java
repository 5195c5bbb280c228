package org.neurula.runs.ndp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.developmental.ndp.GrownGraph;
import org.neurula.developmental.ndp.GrownNetworks;
import org.neurula.developmental.ndp.NdpGrowth;
import org.neurula.developmental.ndp.NdpParameters;
import org.neurula.developmental.ndp.PerceptronCellProgram;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.CliRun;
import org.neurula.neat.genome.Genome;
import org.neurula.runs.output.GenomeJson;

/**
 * {@code run.algorithm: ndp} from the command line: the same on one and two threads; the champion file
 * keeps the program's vector, and growing it again gives the saved network; broken settings are
 * reported with the key and the fix.
 */
class NdpRunTest {

    @TempDir
    Path dir;

    private Path run(int threads) {
        Path out = dir.resolve("xor-" + threads);
        CliRun r = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=ndp", "--set",
                "reproduction.populationSize=64", "--set", "ndp.range=3", "--set", "run.stopWhenSolved=false",
                "--threads", Integer.toString(threads), "--generations", "30", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void xorRunsTheSameOnOneAndTwoThreadsAndTheChampionRegrows() throws Exception {
        Path one = run(1);
        Path two = run(2);
        assertArrayEquals(Files.readAllBytes(one.resolve("champion.json")), Files.readAllBytes(two.resolve("champion.json")));
        List<JsonNode> metrics = CliRun.readJsonLines(one.resolve("metrics.jsonl"));
        assertEquals(metrics, CliRun.readJsonLines(two.resolve("metrics.jsonl")));
        assertEquals(30, metrics.size());
        assertEquals("ndp", metrics.getFirst().get("algorithm").asText());
        JsonNode champion = CliRun.readJson(one.resolve("champion.json"));
        JsonNode ndp = champion.get("ndp");
        NdpParameters shape = new NdpParameters(ndp.get("embeddingSize").asInt(), ndp.get("hiddenSize").asInt(),
                ndp.get("growthCycles").asInt(), ndp.get("extraPropagationSteps").asInt(),
                ndp.get("extraThinkingSteps").asInt(), ndp.get("weighted").asBoolean(),
                ndp.get("evolveInitialEmbedding").asBoolean(), ndp.get("seedSelfLoop").asBoolean());
        assertEquals(14, ndp.get("vector").size());
        double[] vector = new double[14];
        for (int k = 0; k < 14; k++) {
            vector[k] = ndp.get("vector").get(k).asDouble();
            assertTrue(Math.abs(vector[k]) <= 3, "within ndp.range");
        }
        GrownGraph graph = NdpGrowth.grow(new PerceptronCellProgram(shape, vector), shape);
        assertEquals(graph.size(), ndp.get("cells").asInt());
        assertEquals(graph.size(), ndp.get("parents").size());
        NetworkBlueprint regrown = ((DecodeResult.Decoded) GrownNetworks.blueprint(graph, 2, 1)).blueprint();
        Genome saved = GenomeJson.read(champion, ActivationRegistry.withBuiltIns());
        assertEquals(graph.size(), saved.nodes().size(), "the genome holds every cell");
        assertEquals(regrown.sources().length, saved.connections().size());
        for (int k = 0; k < regrown.sources().length; k++) {
            assertEquals(regrown.sources()[k], saved.connections().source(k));
            assertEquals(regrown.targets()[k], saved.connections().target(k));
            assertEquals(regrown.weights()[k], saved.connections().weight(k));
        }
        JsonNode summary = CliRun.readJson(one.resolve("summary.json"));
        assertEquals(champion.get("fitness").asDouble(), summary.get("bestFitness").asDouble());
    }

    @Test
    void cmaEsRunsTheSameOnOneAndTwoThreadsSolvesXorForSomeSeedAndKeepsItsEliteBest() throws Exception {
        List<List<JsonNode>> byThreads = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            Path out = dir.resolve("cma-" + threads);
            CliRun r = CliRun.of("run", "../examples/xor.yaml", "--set", "task.protocol=ndp", "--set",
                    "run.algorithm=ndp", "--set", "ndp.optimizer=cma-es", "--set", "reproduction.populationSize=64",
                    "--set", "run.seed=3", "--threads", Integer.toString(threads), "--generations", "200", "--out",
                    out.toString());
            assertEquals(0, r.exitCode(), r.err());
            byThreads.add(CliRun.readJsonLines(out.resolve("metrics.jsonl")));
            if (threads == 2) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("cma-1").resolve("champion.json")),
                        Files.readAllBytes(out.resolve("champion.json")));
            }
        }
        List<JsonNode> metrics = byThreads.getFirst();
        assertEquals(metrics, byThreads.get(1), "the same on one and two threads");
        // seed 3 solves XOR under the NDP paper's protocol (all 4 patterns) within 200 generations
        JsonNode last = metrics.getLast();
        assertEquals(4.0, last.get("bestFitness").asDouble(), last.toString());
        assertTrue(last.get("solved").asBoolean());
        assertTrue(metrics.size() < 200, "stopped when solved, after " + metrics.size());
        assertEquals(64L * metrics.size(), last.get("evaluations").asLong(), "every generation scores 64 vectors");
        // with elitism the best so far is in every later generation, so no generation's best falls below it
        double best = Double.NEGATIVE_INFINITY;
        for (JsonNode m : metrics) {
            double b = m.get("bestFitness").asDouble();
            assertTrue(b >= best, "generation " + m.get("generation") + " fell to " + b + " from " + best);
            best = b;
        }
    }

    @Test
    void badProgramSettingsAreReportedWithTheKey() {
        CliRun optimizer = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=ndp", "--set",
                "ndp.optimizer=cmaes", "--set", "ndp.sigma=0", "--out", dir.resolve("o").toString());
        assertEquals(2, optimizer.exitCode());
        assertTrue(optimizer.err().contains("ndp.optimizer: must be ga or cma-es, was cmaes"), optimizer.err());
        assertTrue(optimizer.err().contains("ndp.sigma: must be a positive number, was 0.0"), optimizer.err());
        CliRun cycles = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=ndp", "--set",
                "ndp.growthCycles=20", "--out", dir.resolve("c").toString());
        assertEquals(2, cycles.exitCode());
        assertTrue(cycles.err().contains("ndp.growthCycles: must be between 0 and 16"), cycles.err());
        CliRun encoding = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=ndp", "--set",
                "encoding.type=hyperneat", "--out", dir.resolve("e").toString());
        assertEquals(2, encoding.exitCode());
        assertTrue(encoding.err().contains("use encoding.type: direct with run.algorithm: ndp"), encoding.err());
        assertTrue(!cycles.err().contains("Exception"), "no stack trace: " + cycles.err());
    }
}
