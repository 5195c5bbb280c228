package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that evolves each genome's critical period and pruned fraction (network.pruning.evolve): the
 * genes spread out from the config's values, champion files and checkpoints keep them, the summary
 * reports the champion's, and one thread equals two and a resumed run the straight one.
 */
class EvolvedPruningRunTest {

    @TempDir
    Path dir;

    private static final String CARTPOLE = """
            run: {name: ep, seed: 5, threads: 2, generations: 10, stopWhenSolved: false, checkpointEvery: 4}
            task: {type: cartpole, episodes: 3}
            reproduction: {populationSize: 30}
            network:
              pruning: {enabled: true, criticalPeriod: 10, fraction: 0.3, evolve: true, mutation: 0.5}
            """;

    @Test
    void genesEvolveAndTheRunIsReproducibleOnAnyThreadsAndAfterAResume() throws Exception {
        Path config = Files.writeString(dir.resolve("ep.yaml"), CARTPOLE);
        Path two = dir.resolve("two");
        Path one = dir.resolve("one");
        CliRun.succeed("run", config.toString(), "--out", two.toString());
        CliRun.succeed("run", config.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(CliRun.metricsWithoutTiming(two), CliRun.metricsWithoutTiming(one));
        assertArrayEquals(Files.readAllBytes(two.resolve("champion.json")), Files.readAllBytes(one.resolve("champion.json")));

        Path stopped = dir.resolve("stopped");
        CliRun.succeed("run", config.toString(), "--out", stopped.toString(), "--generations", "5");
        Files.writeString(stopped.resolve("config.yaml"),
                Files.readString(stopped.resolve("config.yaml")).replace("generations: 5", "generations: 10"));
        CliRun.succeed("resume", stopped.toString());
        assertEquals(CliRun.metricsWithoutTiming(two), CliRun.metricsWithoutTiming(stopped));
        assertArrayEquals(Files.readAllBytes(two.resolve("champion.json")),
                Files.readAllBytes(stopped.resolve("champion.json")));

        JsonNode champion = CliRun.readJson(two.resolve("champion.json"));
        JsonNode summary = CliRun.readJson(two.resolve("summary.json"));
        assertEquals(champion.get("pruning"), summary.get("championPruning"), "the summary reports the champion's genes");
        Set<String> genes = new HashSet<>();
        try (var files = Files.list(two.resolve("champions"))) {
            for (Path file : files.toList()) {
                genes.add(CliRun.readJson(file).get("pruning").toString());
            }
        }
        assertTrue(genes.size() > 1, "the improving champions carry different genes: " + genes);
        assertTrue(genes.stream().anyMatch(g -> !g.equals("{\"criticalPeriod\":10,\"fraction\":0.3}")),
                "mutation moved them away from the config's values: " + genes);
    }
}
