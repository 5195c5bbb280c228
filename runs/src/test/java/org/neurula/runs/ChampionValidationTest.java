package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of a stochastic task re-scores its champion on fresh trials, reproducibly, and reports the
 * task's reference scores; a deterministic task's summary has neither.
 */
class ChampionValidationTest {

    @TempDir
    Path dir;

    private JsonNode run(String name, String config, int threads) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, config.replace("THREADS", Integer.toString(threads)));
        Path out = dir.resolve(name + "-" + threads);
        CliRun run = CliRun.of("run", file.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        if (config.contains("tmaze")) {
            assertTrue(run.out().contains("champion on 100 fresh trials: mean"), run.out());
            assertTrue(run.out().contains("reference optimum: 98.8000"), run.out());
        }
        return CliRun.readJson(out.resolve("summary.json"));
    }

    @Test
    void tmazeChampionIsScoredAgainOnFreshLifetimes() throws Exception {
        String config = """
                run: {name: tm, seed: 4, generations: 5, threads: THREADS}
                task: {type: tmaze, lifetimes: 2}
                genome: {recurrent: true, outputActivation: tanh}
                reproduction: {populationSize: 30}
                """;
        JsonNode one = run("tm", config, 1);
        JsonNode validation = one.get("championValidation");
        assertEquals(100, validation.get("n").asInt());
        double mean = validation.get("mean").asDouble();
        // every trip scores between -0.3 and 1.0
        assertTrue(mean >= -30 && mean <= 100, validation.toString());
        assertTrue(validation.get("min").asDouble() <= mean && mean <= validation.get("max").asDouble());
        assertEquals(98.8, one.get("references").get("optimum").asDouble(), 1e-9);
        assertEquals(60.0, one.get("references").get("nonLearning").asDouble(), 1e-9);
        // the fresh trials come from the run seed, not from threads or timing
        assertEquals(validation, run("tm", config, 2).get("championValidation"));
    }

    @Test
    void deterministicTaskHasNoValidation() throws Exception {
        JsonNode summary = run("xor", """
                run: {name: x, seed: 1, generations: 3, threads: THREADS}
                task: {type: xor}
                """, 1);
        assertFalse(summary.has("championValidation"));
        assertFalse(summary.has("references"));
    }
}
