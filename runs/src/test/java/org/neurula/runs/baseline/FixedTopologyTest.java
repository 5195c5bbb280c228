package org.neurula.runs.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeKind;
import org.neurula.runs.CliRun;

/** The fixed-topology baseline: its layout, a run from config, reproducibility and config checks. */
class FixedTopologyTest {

    @TempDir
    Path dir;

    @Test
    void layoutConnectsEveryInputToEveryHiddenAndOutput() {
        FixedLayout layout = new FixedLayout(2, 1, 2, false, Activation.IDENTITY, Activation.TANH,
                Activation.STEEPENED_SIGMOID);
        // (2 inputs + bias) x 2 hidden, then (2 inputs + bias + 2 hidden) x 1 output
        assertEquals(6 + 5, layout.weightCount());
        double[] w = new double[11];
        for (int k = 0; k < w.length; k++) {
            w[k] = k / 10.0;
        }
        Genome g = layout.genome(w);
        assertEquals(2, g.inputCount());
        assertEquals(1, g.outputCount());
        assertEquals(2, g.hiddenCount());
        assertEquals(11, g.enabledConnectionCount());
        for (int k = 0; k < 11; k++) {
            assertEquals(k, g.connections().innovation(k));
            assertEquals(k / 10.0, g.connections().weight(k));
        }
        // the first hidden node (id 4) hears inputs 0, 1 and the bias (id 2)
        assertArrayEquals(new int[] {0, 1, 2}, new int[] {g.connections().source(0), g.connections().source(1),
                g.connections().source(2)});
        assertEquals(4, g.connections().target(0));
        assertEquals(NodeKind.HIDDEN, g.nodes().kind(g.nodes().indexOf(4)));
        FixedLayout recurrent = new FixedLayout(2, 1, 2, true, Activation.IDENTITY, Activation.TANH,
                Activation.STEEPENED_SIGMOID);
        assertEquals(11 + 4, recurrent.weightCount(), "recurrence adds hidden-to-hidden links, self-loops included");
    }

    private Path run(String name, int threads) {
        Path out = dir.resolve(name + "-" + threads);
        CliRun r = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=fixed-topology", "--threads",
                Integer.toString(threads), "--set", "run.stopWhenSolved=false", "--generations", "25", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void xorRunsFromConfigTheSameOnOneAndTwoThreads() throws Exception {
        Path one = run("xor", 1);
        Path two = run("xor", 2);
        assertArrayEquals(Files.readAllBytes(one.resolve("champion.json")), Files.readAllBytes(two.resolve("champion.json")));
        List<JsonNode> metrics = CliRun.readJsonLines(one.resolve("metrics.jsonl"));
        assertEquals(metrics, CliRun.readJsonLines(two.resolve("metrics.jsonl")));
        assertEquals(25, metrics.size());
        assertEquals(0, metrics.getFirst().get("generation").asInt());
        // Jenetics' first result has evaluated the initial 150 and the first generation's altered offspring
        int first = metrics.getFirst().get("evaluations").asInt();
        assertTrue(first > 150 && first < 300, "evaluations in the first generation: " + first);
        for (int g = 1; g < metrics.size(); g++) {
            int step = metrics.get(g).get("evaluations").asInt() - metrics.get(g - 1).get("evaluations").asInt();
            assertTrue(step > 0 && step <= 150, "only new genotypes are evaluated: " + step);
        }
        JsonNode summary = CliRun.readJson(one.resolve("summary.json"));
        assertTrue(summary.get("solved").asBoolean(), "25 generations of a 2-hidden network solve XOR: " + summary);
        assertEquals(2, summary.get("hiddenNodes").asInt());
        double best = summary.get("bestFitness").asDouble();
        assertTrue(best > 9.0, "a solved XOR network scores above 9: " + best);
    }

    @Test
    void badBaselineSettingsAreReported() throws Exception {
        CliRun hidden = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=fixed-topology", "--set",
                "fixedTopology.hidden=-1", "--out", dir.resolve("h").toString());
        assertEquals(2, hidden.exitCode());
        assertTrue(hidden.err().contains("fixedTopology.hidden: must be 0 or more, was -1"), hidden.err());
        CliRun algorithm = CliRun.of("run", "../examples/xor.yaml", "--set", "run.algorithm=fixed-topolgy", "--out",
                dir.resolve("a").toString());
        assertEquals(2, algorithm.exitCode());
        assertTrue(algorithm.err().contains("unknown algorithm 'fixed-topolgy'; did you mean 'fixed-topology'?"),
                algorithm.err());
        Path topLevel = Files.writeString(dir.resolve("top.yaml"), "algorithm: fixed-topology\ntask: {type: xor}\n");
        CliRun misplaced = CliRun.of("run", topLevel.toString(), "--out", dir.resolve("t").toString());
        assertEquals(2, misplaced.exitCode());
        assertTrue(misplaced.err().contains("the algorithm is a key of the run section; write run: {algorithm: "
                + "fixed-topology}"), misplaced.err());
    }
}
