package org.neurula.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.TaskRegistry;
import org.neurula.fitness.boxes.BoxesConfig;
import org.neurula.fitness.boxes.BoxesScore;
import org.neurula.fitness.boxes.BoxesTask;
import org.neurula.neat.network.Network;
import org.neurula.runs.Champion;
import org.neurula.runs.CliRun;
import org.neurula.runs.ConfigNetworks;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;

/**
 * {@code bench --rescore}: each run's champion regrown and scored in another setting without
 * re-evolution, per run and in the summary, and bad settings refused before any run starts.
 */
class BenchRescoreTest {

    private static final String AT_33 = "task.resolution=33";

    private static final String TINY_BOXES = """
            run: {name: boxes-hyperneat, seed: 1, threads: 1, generations: 2}
            task: {type: boxes}
            reproduction: {populationSize: 10}
            encoding: {type: hyperneat}
            """;

    @TempDir
    Path dir;

    @Test
    void rescoredChampionsScoreAsTheirNetworksRegrownAtTheNewResolution() throws Exception {
        Path config = Files.writeString(dir.resolve("boxes.yaml"), TINY_BOXES);
        Path out = dir.resolve("bench");
        CliRun bench = CliRun.of("bench", config.toString(), "--runs", "2", "--threads", "1", "--rescore", AT_33,
                "--out", out.toString());
        assertEquals(0, bench.exitCode(), bench.err());
        assertTrue(bench.out().contains("evolved: fitness mean"), bench.out());
        assertTrue(bench.out().contains(AT_33 + ": fitness mean"), bench.out());

        List<JsonNode> lines = CliRun.readJsonLines(out.resolve("runs.jsonl"));
        assertEquals(2, lines.size());
        JsonNode summary = CliRun.readJson(out.resolve("summary.json"));
        List<Double> errors11 = new ArrayList<>();
        List<Double> errors33 = new ArrayList<>();
        List<Double> fitness33 = new ArrayList<>();
        for (JsonNode perRun : summary.get("perRun")) {
            assertTrue(lines.contains(perRun), "runs.jsonl holds the summary's per-run entries");
            long seed = perRun.get("seed").asLong();
            JsonNode settings = perRun.get("settings");
            List<String> names = new ArrayList<>();
            settings.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("evolved", AT_33), names);

            // the champion of this seed, from the run command (a bench run is the run of its seed)
            Path runDir = dir.resolve("run-" + seed);
            CliRun run = CliRun.of("run", config.toString(), "--seed", String.valueOf(seed), "--threads", "1",
                    "--out", runDir.toString());
            assertEquals(0, run.exitCode(), run.err());
            Champion champion = Champion.read(runDir);
            assertEquals(perRun.get("bestFitness").asDouble(), champion.fitness(), 0.0);

            JsonNode evolved = settings.get("evolved");
            BoxesScore own = new BoxesTask(new BoxesConfig(11, 0.0)).score(champion.network());
            assertEquals(perRun.get("bestFitness").asDouble(), evolved.get("fitness").asDouble(), 0.0,
                    "a deterministic task's champion scores its fitness again in its own setting");
            assertScore(own, evolved);

            // regrown at 33 x 33 by hand: the run's config with the resolution changed, the champion's genome
            RunConfig at33 = new ConfigLoader(TaskRegistry.load()).load(runDir.resolve("config.yaml"), "config.yaml",
                    List.of(AT_33));
            Network grown = ConfigNetworks.of(at33).network(champion.genome()).orElseThrow();
            assertEquals(33 * 33, grown.inputCount());
            BoxesScore rescored = new BoxesTask(new BoxesConfig(33, 0.0)).score(grown);
            JsonNode written = settings.get(AT_33);
            assertEquals(rescored.fitness(), written.get("fitness").asDouble(), 1e-9);
            assertScore(rescored, written);

            errors11.add(own.meanDistanceError());
            errors33.add(rescored.meanDistanceError());
            fitness33.add(rescored.fitness());
        }
        JsonNode summarised = summary.get("settings");
        assertEquals(2, summarised.get(AT_33).get("decoded").asInt());
        assertEquals(stats(errors11), summarised.get("evolved").get("measures").get("meanDistanceError"));
        assertEquals(stats(errors33), summarised.get(AT_33).get("measures").get("meanDistanceError"));
        assertEquals(stats(fitness33), summarised.get(AT_33).get("fitness"));
        for (String key : List.of("mean", "median", "min", "max")) {
            assertTrue(summarised.get(AT_33).get("measures").get("exactTrialFraction").has(key), key);
        }
    }

    private static void assertScore(BoxesScore expected, JsonNode written) {
        JsonNode measures = written.get("measures");
        assertEquals(expected.meanDistanceError(), measures.get("meanDistanceError").asDouble(), 1e-12);
        assertEquals((double) expected.exactTrials() / expected.trials(),
                measures.get("exactTrialFraction").asDouble(), 1e-12);
    }

    private static JsonNode stats(List<Double> values) {
        return Statistics.of(values.stream().mapToDouble(Double::doubleValue).toArray()).toJson();
    }

    @Test
    void badRescoresExitWithTheKeyBeforeAnyRun() throws Exception {
        Path config = Files.writeString(dir.resolve("boxes.yaml"), TINY_BOXES);
        Path out = dir.resolve("bad");
        for (String[] bad : new String[][] {
                {"task.resolutoin=33", "task.resolutoin", "did you mean 'resolution'"},
                {"task.resolution=34", "task.resolution", "11 times an odd number"},
                {"task.resolution=big", "task.resolution", "must be a whole number"},
                {"encoding.hyperneat.cppn.deltas=true", "encoding.hyperneat.cppn.deltas",
                        "CPPNs with 4 inputs and 2 outputs, and this setting decodes CPPNs with 6 inputs"},
                {"encoding.type=direct", "encoding.type", "networks with 121 inputs and 121 outputs"},
                {"mutation.addNode=0.5", "mutation.addNode", "shapes evolution"},
                {"task.resolution", "task.resolution", "write --rescore section.key=value"}}) {
            CliRun bench = CliRun.of("bench", config.toString(), "--runs", "2", "--rescore", bad[0], "--out",
                    out.toString());
            assertEquals(2, bench.exitCode(), bad[0] + ": " + bench.err());
            assertTrue(bench.err().contains("error: --rescore " + bad[0] + ": "), bench.err());
            assertTrue(bench.err().contains(bad[1]), bench.err());
            assertTrue(bench.err().contains(bad[2]), bench.err());
            assertFalse(bench.err().contains("at org."), bench.err());
            assertFalse(bench.err().contains("seed 1:"), "no run started: " + bench.err());
            assertFalse(Files.exists(out), "nothing written for " + bad[0]);
        }
        CliRun twice = CliRun.of("bench", config.toString(), "--runs", "2", "--rescore", AT_33, "--rescore", AT_33,
                "--out", out.toString());
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("given twice"), twice.err());
    }
}
