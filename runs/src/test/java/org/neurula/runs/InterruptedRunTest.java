package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.cli.Main;

/**
 * A run stopped with SIGTERM (what {@code kill} and most schedulers send) writes its newest state,
 * unless it is on disk already, and says so either way, with the command that continues it.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void sigtermWritesACheckpointAndSaysHowToResume() throws Exception {
        Path config = Files.writeString(dir.resolve("long.yaml"), """
                run: {name: long, seed: 4, threads: 1, generations: 1000000, stopWhenSolved: false, checkpointEvery: 1}
                task: {type: xor}
                """);
        Path runDir = dir.resolve("run");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", config.toString(), "--out", runDir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        try {
            Path metrics = runDir.resolve("metrics.jsonl");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines(metrics) < 5 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(process.isAlive(), "the run is still going");
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run stops");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(143, process.exitValue(), "the exit code of a process ended by SIGTERM");
        String message = Files.readString(err, StandardCharsets.UTF_8);
        // with a checkpoint every generation the newest state is usually on disk already: said either way
        assertTrue(message.contains("interrupted: checkpoint written at generation ")
                || message.contains("interrupted: the checkpoint of generation "), message);
        assertTrue(message.contains("continue with: ./neurula resume " + runDir), message);
        try (var files = Files.list(runDir.resolve("checkpoints"))) {
            assertTrue(files.findAny().isPresent(), "a checkpoint is on disk");
        }
        CliRun resumed = CliRun.of("resume", runDir.toString(), "--generations",
                String.valueOf(lines(runDir.resolve("metrics.jsonl")) + 2));
        assertEquals(0, resumed.exitCode(), resumed.err());
    }

    private static long lines(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        List<String> all = Files.readAllLines(file);
        return all.stream().filter(l -> l.endsWith("}")).count();
    }
}
