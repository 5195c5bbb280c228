package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.json measures the champion's activity over one lifetime: the hidden and output nodes'
 * dormant ratio and sparsity, and how far a plastic network's weights moved; the same for a seed on
 * 1 and 2 threads, and absent for a run that evolves a developmental program's vector; metrics.jsonl
 * holds the same measures for every generation's champion.
 */
class ChampionActivityTest {

    @TempDir
    Path dir;

    private JsonNode summary(String name, String config, int threads) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, config.replace("THREADS", Integer.toString(threads)));
        Path out = dir.resolve(name + "-" + threads);
        CliRun run = CliRun.of("run", file.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return CliRun.readJson(out.resolve("summary.json"));
    }

    @Test
    void aStaticXorChampionIsMeasuredOverItsFourPatterns() throws Exception {
        JsonNode summary = summary("xor", """
                run: {name: x, seed: 2, generations: 15, threads: THREADS}
                task: {type: xor}
                """, 1);
        JsonNode activity = summary.get("championActivity");
        assertEquals(4, activity.get("activations").asInt(), "one activation per XOR pattern");
        assertEquals(summary.get("hiddenNodes").asInt() + 1, activity.get("nodes").asInt(),
                "hidden nodes and the output");
        assertEquals(0.0, activity.get("weightDrift").asDouble(), "a static network's weights do not move");
        double dormant = activity.get("dormantRatio").asDouble();
        double sparsity = activity.get("sparsity").asDouble();
        assertTrue(dormant >= 0 && dormant <= 1 && sparsity >= 0 && sparsity <= 1, activity.toString());
    }

    @Test
    void aPlasticChampionsWeightsDriftTheSameOnOneAndTwoThreads() throws Exception {
        String config = """
                run: {name: tm, seed: 3, generations: 6, threads: THREADS}
                task: {type: tmaze, lifetimes: 2}
                genome: {recurrent: true, outputActivation: tanh}
                reproduction: {populationSize: 40}
                plasticity: {enabled: true, rules: [hebb], genes: connection}
                """;
        JsonNode one = summary("tm", config, 1).get("championActivity");
        assertTrue(one.get("weightDrift").asDouble() > 0, "Hebbian learning moved the weights: " + one);
        assertTrue(one.get("activations").asInt() > 100, "a T-maze lifetime is many steps: " + one);
        assertEquals(one, summary("tm", config, 2).get("championActivity"));
    }

    @Test
    void everyMetricsLineHoldsItsChampionsActivityAndTheRunChampionsMatchesTheSummary() throws Exception {
        JsonNode summary = summary("prune", """
                run: {name: p, seed: 4, generations: 12, threads: THREADS, stopWhenSolved: false}
                task: {type: cartpole}
                network: {pruning: {enabled: true, fraction: 0.25}}
                """, 1);
        List<String> lines = Files.readAllLines(dir.resolve("prune-1").resolve("metrics.jsonl"));
        assertEquals(12, lines.size());
        JsonNode atChampion = null;
        for (String line : lines) {
            JsonNode metrics = CliRun.JSON.readTree(line);
            JsonNode activity = metrics.get("championActivity");
            assertTrue(activity != null, "no championActivity in " + line);
            double pruned = activity.get("prunedShare").asDouble();
            assertTrue(pruned > 0 && pruned <= 0.25 + 1e-9, "a quarter or less of the synapses go: " + activity);
            if (metrics.get("generation").asLong() == summary.get("championGeneration").asLong()) {
                atChampion = activity;
            }
        }
        JsonNode inSummary = summary.get("championActivity");
        assertTrue(atChampion != null, "the champion's generation has a line");
        for (String key : List.of("dormantRatio", "sparsity", "weightDrift", "prunedShare")) {
            assertEquals(inSummary.get(key).asDouble(), atChampion.get(key).asDouble(), key);
        }
    }

    @Test
    void pruningThatNeverStartsBecauseTheTaskResetsEachPatternIsReported() throws Exception {
        Path file = dir.resolve("xor-pruning.yaml");
        Files.writeString(file, """
                run: {name: xp, seed: 2, generations: 5, threads: 1}
                task: {type: xor}
                network: {pruning: {enabled: true}}
                """);
        CliRun run = CliRun.succeed("run", file.toString(), "--out", dir.resolve("xp").toString());
        assertTrue(run.out().contains("warning: network.pruning is on, but the champion pruned nothing: its "
                + "lifetimes last 1.0 activations on average and pruning starts after network.pruning.criticalPeriod"
                + " = 20"), run.out());
        JsonNode activity = CliRun.readJson(dir.resolve("xp").resolve("summary.json")).get("championActivity");
        assertEquals(4, activity.get("lifetimes").asInt(), "NEAT's XOR resets the network before every pattern");

        Path cartpole = dir.resolve("cartpole-pruning.yaml");
        Files.writeString(cartpole, """
                run: {name: cp, seed: 2, generations: 3, threads: 1}
                task: {type: cartpole}
                network: {pruning: {enabled: true}}
                """);
        CliRun pruned = CliRun.succeed("run", cartpole.toString(), "--out", dir.resolve("cp").toString());
        assertFalse(pruned.out().contains("warning"), pruned.out());

        CliRun off = CliRun.succeed("run", cartpole.toString(), "--set", "network.pruning.enabled=false", "--set",
                "network.pruning.evolve=true", "--out", dir.resolve("off").toString());
        assertTrue(off.out().contains("warning: network.pruning.evolve is on but network.pruning.enabled is off"),
                off.out());
    }

    @Test
    void aDevelopmentalProgramVectorRunHasNoChampionActivity() throws Exception {
        JsonNode summary = summary("ndp", """
                run: {name: n, seed: 1, generations: 2, threads: THREADS, algorithm: ndp}
                task: {type: xor, protocol: ndp}
                reproduction: {populationSize: 8}
                """, 1);
        assertFalse(summary.has("championActivity"));
        assertFalse(Files.readString(dir.resolve("ndp-1").resolve("metrics.jsonl")).contains("championActivity"));
    }
}
