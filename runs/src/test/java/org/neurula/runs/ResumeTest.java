package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance criterion: a run of 100 generations straight, and the same run stopped past generation
 * 50 the way a kill leaves it (the checkpoint of the last ten generations missing, a half-written
 * metrics line, champions written after the checkpoint) and resumed to 100, give identical
 * metrics.jsonl outside "timing", identical champion.json and identical champions/.
 */
class ResumeTest {

    @TempDir
    Path dir;

    private static final String TMAZE = """
            run: {name: tm, seed: 3, threads: 2, generations: 30, stopWhenSolved: false, checkpointEvery: 5}
            task: {type: tmaze, lifetimes: 2}
            genome: {recurrent: true, outputActivation: tanh}
            reproduction: {populationSize: 40}
            """;

    /** Plastic, modulated networks with per-connection genes and two rules: every gene kind in checkpoints. */
    static final String PLASTIC_TMAZE = TMAZE + """
            mutation: {addNode: 0.2, addConnection: 0.3}
            plasticity: {enabled: true, rules: [abcd, oja], ruleMutation: 0.1, modulation: true, modulatoryNode: 0.5}
            """;

    private Path config(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), text);
    }

    private static void run(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err() + r.out());
    }

    /** Leaves {@code runDir} as a kill at generation {@code killedAt} would, with checkpoints up to {@code kept}. */
    private static void simulateKill(Path runDir, long kept) throws IOException {
        try (Stream<Path> files = Files.list(runDir.resolve("checkpoints"))) {
            for (Path f : files.toList()) {
                long generation = Long.parseLong(f.getFileName().toString().replaceAll("\\D", ""));
                if (generation > kept) {
                    Files.delete(f);
                }
            }
        }
        Files.delete(runDir.resolve("summary.json"));
        Files.writeString(runDir.resolve("metrics.jsonl"), "{\"generation\": 9", StandardOpenOption.APPEND);
        Files.writeString(runDir.resolve("checkpoints").resolve(".checkpoint-123.tmp"), "half a checkpoint");
    }

    private static List<JsonNode> metricsWithoutTiming(Path runDir) {
        List<JsonNode> lines = CliRun.readJsonLines(runDir.resolve("metrics.jsonl"));
        lines.forEach(line -> ((ObjectNode) line).remove("timing"));
        return lines;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSameRun(Path straight, Path resumed, int generations) throws IOException {
        List<JsonNode> a = metricsWithoutTiming(straight);
        assertEquals(generations, a.size());
        assertEquals(a, metricsWithoutTiming(resumed));
        assertArrayEquals(Files.readAllBytes(straight.resolve("champion.json")),
                Files.readAllBytes(resumed.resolve("champion.json")));
        assertEquals(listing(straight.resolve("champions")), listing(resumed.resolve("champions")));
        JsonNode sa = CliRun.readJson(straight.resolve("summary.json"));
        JsonNode sb = CliRun.readJson(resumed.resolve("summary.json"));
        ((ObjectNode) sa).remove("timing");
        ((ObjectNode) sb).remove("timing");
        assertEquals(sa, sb);
    }

    @Test
    void xorKilledPastFiftyAndResumedEqualsTheStraightRun() throws Exception {
        Path config = config("xor", CliRun.xorConfig(5, 100, false));
        Path straight = dir.resolve("straight");
        run("run", config.toString(), "--out", straight.toString());

        Path killed = dir.resolve("killed");
        run("run", config.toString(), "--out", killed.toString(), "--generations", "57");
        simulateKill(killed, 50);
        // the config of a run stopped by a kill still says 100 generations
        Files.writeString(killed.resolve("config.yaml"),
                Files.readString(killed.resolve("config.yaml")).replace("generations: 57", "generations: 100"));

        CliRun resumed = CliRun.of("resume", killed.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("resuming " + killed + " from generation 50"), resumed.out());
        assertSameRun(straight, killed, 100);
        assertEquals(listing(straight.resolve("checkpoints")), listing(killed.resolve("checkpoints")),
                "the temporary file of the interrupted write is gone; the newest three remain");
    }

    @Test
    void unreadableNewestCheckpointFallsBackToTheOneBefore() throws Exception {
        Path config = config("tm", TMAZE);
        Path straight = dir.resolve("straight");
        run("run", config.toString(), "--out", straight.toString());

        Path killed = dir.resolve("killed");
        run("run", config.toString(), "--out", killed.toString(), "--generations", "22");
        simulateKill(killed, 20);
        Path newest = killed.resolve("checkpoints").resolve("checkpoint-00000020.json.gz");
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(killed.resolve("config.yaml"),
                Files.readString(killed.resolve("config.yaml")).replace("generations: 22", "generations: 30"));

        CliRun resumed = CliRun.of("resume", killed.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("skipping unreadable checkpoint"), resumed.err());
        assertTrue(resumed.out().contains("from generation 15"), resumed.out());
        // a stochastic task: evaluations draw from (seed, generation, genome id), so they replay exactly
        assertSameRun(straight, killed, 30);
    }

    @Test
    void plasticRunKilledAndResumedEqualsTheStraightRun() throws Exception {
        Path config = config("plastic", PLASTIC_TMAZE);
        Path straight = dir.resolve("straight");
        run("run", config.toString(), "--out", straight.toString());
        Path killed = dir.resolve("killed");
        run("run", config.toString(), "--out", killed.toString(), "--generations", "17");
        simulateKill(killed, 15);
        Files.writeString(killed.resolve("config.yaml"),
                Files.readString(killed.resolve("config.yaml")).replace("generations: 17", "generations: 30"));
        CliRun resumed = CliRun.of("resume", killed.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("from generation 15"), resumed.out());
        assertSameRun(straight, killed, 30);
        JsonNode champion = CliRun.readJson(straight.resolve("champion.json"));
        assertTrue(champion.get("plasticity").has("rule"), "the champion carries its plasticity genes");
        assertTrue(champion.get("connections").get(0).get("plasticity").isArray());
    }

    @Test
    void resumeCanExtendAFinishedRun() throws Exception {
        Path config = config("xor", CliRun.xorConfig(2, 60, false));
        Path straight = dir.resolve("straight");
        run("run", config.toString(), "--out", straight.toString());
        Path shorter = dir.resolve("shorter");
        run("run", config.toString(), "--out", shorter.toString(), "--generations", "35");
        run("resume", shorter.toString(), "--generations", "60");
        assertSameRun(straight, shorter, 60);
        assertTrue(Files.readString(shorter.resolve("config.yaml")).contains("generations: 60"),
                "the new cap is kept in the run's config");
    }

    @Test
    void resumeExplainsWhatIsWrong() throws Exception {
        CliRun notADir = CliRun.of("resume", dir.resolve("nowhere").toString());
        assertEquals(2, notADir.exitCode());
        assertTrue(notADir.err().contains("is not a run directory (it has no config.yaml)"), notADir.err());
        assertTrue(!notADir.err().contains("Exception"), notADir.err());

        Path config = config("xor", CliRun.xorConfig(2, 12, false));
        Path runDir = dir.resolve("r");
        run("run", config.toString(), "--out", runDir.toString());
        CliRun atCap = CliRun.of("resume", runDir.toString());
        assertEquals(2, atCap.exitCode());
        assertTrue(atCap.err().contains("already the cap of 12; raise it with --generations"), atCap.err());

        try (Stream<Path> files = Files.list(runDir.resolve("checkpoints"))) {
            for (Path f : files.toList()) {
                Files.writeString(f, "not gzip");
            }
        }
        Path fixed = dir.resolve("fixed");
        run("run", config.toString(), "--out", fixed.toString(), "--set", "run.algorithm=fixed-topology");
        CliRun baseline = CliRun.of("resume", fixed.toString(), "--generations", "20");
        assertEquals(2, baseline.exitCode());
        assertTrue(baseline.err().contains("is a run of run.algorithm fixed-topology; those keep no checkpoints"), baseline.err());

        CliRun none = CliRun.of("resume", runDir.toString(), "--generations", "20");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("holds no readable checkpoint; start the run again with: neurula run"),
                none.err());
    }

    /**
     * A resume that changes what the population is for (the task, its input count) or the
     * population size is refused before anything is written: exit 2, one message naming what
     * differs, the run's config untouched, so a plain resume still works afterwards.
     */
    @Test
    void incompatibleResumeOverridesAreRefusedAndLeaveTheConfigAlone() throws Exception {
        Path config = config("xor", CliRun.xorConfig(2, 12, false));
        Path runDir = dir.resolve("r");
        run("run", config.toString(), "--out", runDir.toString());
        String before = Files.readString(runDir.resolve("config.yaml"));
        String[][] overrides = {
            {"--set", "task.type=parity3"},
            {"--set", "reproduction.populationSize=300"},
        };
        String[] expected = {
            "the run evolved task 'xor' and a resume continues the same task, not 'parity3'",
            "the saved population has 150 members but reproduction.populationSize is 300",
        };
        for (int k = 0; k < overrides.length; k++) {
            List<String> args = new java.util.ArrayList<>(List.of("resume", runDir.toString(), "--generations", "20"));
            args.addAll(List.of(overrides[k]));
            CliRun refused = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains(expected[k]), refused.err());
            assertTrue(!refused.err().contains("Exception"), refused.err());
            assertEquals(before, Files.readString(runDir.resolve("config.yaml")), "config untouched");
        }
        run("resume", runDir.toString(), "--generations", "14");
    }

    @Test
    void resumeRefusesATaskWhoseInputsChanged() throws Exception {
        Path config = config("parity", """
                run: {name: parity, seed: 1, generations: 6, stopWhenSolved: false, checkpointEvery: 2}
                task: {type: parity3, bits: 3}
                reproduction: {populationSize: 30}
                """);
        Path runDir = dir.resolve("p");
        run("run", config.toString(), "--out", runDir.toString());
        CliRun refused = CliRun.of("resume", runDir.toString(), "--generations", "10", "--set", "task.bits=4");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("the saved genomes have 3 inputs and 1 outputs but the task now has 4 and 1"),
                refused.err());
    }
}
