package org.neurula.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.runs.output.Json;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void benchWritesTheSummary() throws Exception {
        Path config = Files.writeString(dir.resolve("xor.yaml"), CliRun.xorConfig(1, 300, true));
        Path out = dir.resolve("bench");
        CliRun bench = CliRun.of("bench", config.toString(), "--runs", "3", "--seed0", "7", "--threads", "2",
                "--out", out.toString(), "--generations", "20");
        assertEquals(0, bench.exitCode(), bench.err());
        assertTrue(bench.out().contains("summary: " + out.resolve("summary.json")), bench.out());

        JsonNode summary = CliRun.readJson(out.resolve("summary.json"));
        for (String key : List.of("task", "runs", "solved", "evaluations", "generations", "bestFitness",
                "wallSeconds", "champion", "perRun")) {
            assertTrue(summary.has(key), key);
        }
        assertEquals("xor", summary.get("task").asText());
        assertEquals(3, summary.get("runs").asInt());
        for (String stat : List.of("evaluations", "generations", "bestFitness", "wallSeconds")) {
            for (String key : List.of("mean", "median", "std", "min", "max")) {
                assertTrue(summary.get(stat).has(key), stat + "." + key);
            }
        }
        assertTrue(summary.get("champion").get("hiddenNodes").has("mean"));
        assertTrue(summary.get("champion").get("enabledConnections").has("mean"));

        JsonNode perRun = summary.get("perRun");
        assertEquals(3, perRun.size());
        List<Long> solvedEvaluations = new ArrayList<>();
        double[] best = new double[3];
        for (int i = 0; i < 3; i++) {
            JsonNode r = perRun.get(i);
            for (String key : List.of("seed", "solved", "evaluations", "generations", "bestFitness", "wallSeconds",
                    "hiddenNodes", "enabledConnections")) {
                assertTrue(r.has(key), "perRun[" + i + "]." + key);
            }
            assertEquals(7 + i, r.get("seed").asLong(), "seeds are seed0, seed0 + 1, seed0 + 2");
            assertTrue(r.get("generations").asInt() <= 20);
            if (r.get("solved").asBoolean()) {
                solvedEvaluations.add(r.get("evaluations").asLong());
                assertTrue(r.get("bestFitness").asDouble() > 9.0, "a solved XOR network beats the 0.5 line");
            } else {
                assertEquals(20, r.get("generations").asInt(), "unsolved runs use every generation");
            }
            best[i] = r.get("bestFitness").asDouble();
        }
        assertEquals(solvedEvaluations.size(), summary.get("solved").asInt());
        // every finished run was appended to runs.jsonl as it ended (in finishing order)
        List<String> lines = Files.readAllLines(out.resolve("runs.jsonl"));
        assertEquals(3, lines.size());
        Set<JsonNode> logged = new HashSet<>();
        for (String line : lines) {
            logged.add(Json.COMPACT.readTree(line));
        }
        Set<JsonNode> summarised = new HashSet<>();
        perRun.forEach(summarised::add);
        assertEquals(summarised, logged);
        // the statistics are those of the per-run values
        assertEquals(Arrays.stream(best).average().orElseThrow(), summary.get("bestFitness").get("mean").asDouble(),
                1e-9);
        assertEquals(Arrays.stream(best).min().orElseThrow(), summary.get("bestFitness").get("min").asDouble());
        assertEquals(Arrays.stream(best).max().orElseThrow(), summary.get("bestFitness").get("max").asDouble());
        if (solvedEvaluations.isEmpty()) {
            assertTrue(summary.get("evaluations").get("mean").isNull());
            assertTrue(summary.get("champion").get("hiddenNodes").get("mean").isNull());
        } else {
            assertEquals(solvedEvaluations.stream().mapToLong(Long::longValue).average().orElseThrow(),
                    summary.get("evaluations").get("mean").asDouble(), 1e-9);
            assertEquals(solvedEvaluations.stream().mapToLong(Long::longValue).min().orElseThrow(),
                    summary.get("evaluations").get("min").asLong());
        }
        assertFalse(Files.readString(out.resolve("summary.json")).contains("NaN"));

        // each bench run is the run of its seed: the run command with the same seed agrees
        Path single = dir.resolve("single");
        CliRun run = CliRun.of("run", config.toString(), "--seed", "8", "--generations", "20", "--threads", "1",
                "--out", single.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode runSummary = CliRun.readJson(single.resolve("summary.json"));
        JsonNode seed8 = perRun.get(1);
        for (String key : List.of("solved", "evaluations", "generations", "bestFitness", "hiddenNodes",
                "enabledConnections")) {
            assertEquals(runSummary.get(key), seed8.get(key), key);
        }
    }

    @Test
    void benchRejectsBadInput() throws Exception {
        Path config = Files.writeString(dir.resolve("xor.yaml"), CliRun.xorConfig(1, 10, true));
        CliRun noRuns = CliRun.of("bench", config.toString(), "--runs", "0", "--out", dir.resolve("b").toString());
        assertEquals(2, noRuns.exitCode());
        assertTrue(noRuns.err().contains("--runs must be at least 1"), noRuns.err());

        CliRun missing = CliRun.of("bench", dir.resolve("gone.yaml").toString(), "--runs", "2", "--out",
                dir.resolve("b").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("gone.yaml: file not found"), missing.err());
        assertFalse(missing.err().contains("at org."), missing.err());

        assertEquals(2, CliRun.of("bench", config.toString(), "--out", dir.resolve("b").toString()).exitCode(),
                "--runs is required");
        assertFalse(Files.exists(dir.resolve("b")));

        Path runDir = dir.resolve("single");
        assertEquals(0, CliRun.of("run", config.toString(), "--out", runDir.toString()).exitCode());
        String summary = Files.readString(runDir.resolve("summary.json"));
        CliRun intoRun = CliRun.of("bench", config.toString(), "--runs", "2", "--out", runDir.toString());
        assertEquals(2, intoRun.exitCode());
        assertTrue(intoRun.err().contains("is the run directory of a single run"), intoRun.err());
        assertEquals(summary, Files.readString(runDir.resolve("summary.json")), "the run's summary is kept");
        assertFalse(Files.exists(runDir.resolve("runs.jsonl")));
    }
}
