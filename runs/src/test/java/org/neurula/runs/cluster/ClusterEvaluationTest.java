package org.neurula.runs.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;

/**
 * A run evaluated on a cluster of worker JVMs on 127.0.0.1 gives exactly the run evaluated in one
 * JVM, also when a worker is killed with kill -9 in the middle of it, and when it is continued on
 * another number of workers; a run that finds no worker stops with a message and keeps what it had.
 */
class ClusterEvaluationTest {

    private static final int PORT = 48700;
    private static final String PEERS = "127.0.0.1:" + PORT + ".." + (PORT + 9);

    @TempDir
    Path dir;

    private Path config() throws Exception {
        return Files.writeString(dir.resolve("dt.yaml"), """
                run: {name: dt, seed: 3, threads: 2, generations: 24, stopWhenSolved: false, checkpointEvery: 5}
                task: {type: tmaze-double}
                genome: {recurrent: true, outputActivation: tanh}
                plasticity: {enabled: true, rules: [abcd], genes: connection}
                """);
    }

    private static void assertSameRun(Path expected, Path actual) throws Exception {
        assertEquals(CliRun.metricsWithoutTiming(expected), CliRun.metricsWithoutTiming(actual));
        assertArrayEquals(Files.readAllBytes(expected.resolve("champion.json")),
                Files.readAllBytes(actual.resolve("champion.json")));
    }

    @Test
    void twoWorkersGiveTheLocalRunAndLosingOneMidRunChangesNothing() throws Exception {
        Path config = config();
        Path local = dir.resolve("local");
        CliRun.succeed("run", config.toString(), "--out", local.toString());
        try (WorkerProcess first = WorkerProcess.start(dir.resolve("w1"), PORT);
                WorkerProcess second = WorkerProcess.start(dir.resolve("w2"), PORT)) {
            Path cluster = dir.resolve("cluster");
            CliRun run = CliRun.succeed("run", config.toString(), "--cluster", PEERS, "--port", Integer.toString(PORT),
                    "--out", cluster.toString());
            assertTrue(run.out().contains("evaluating on the cluster at " + PEERS), run.out());
            assertSameRun(local, cluster);

            Path killed = dir.resolve("killed");
            CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(() -> CliRun.of("run", config.toString(),
                    "--cluster", PEERS, "--port", Integer.toString(PORT), "--out", killed.toString()));
            Path metrics = killed.resolve("metrics.jsonl");
            while (!Files.exists(metrics) || Files.readAllLines(metrics).size() < 8) {
                Thread.sleep(20);
            }
            second.kill();
            CliRun after = running.get();
            assertEquals(0, after.exitCode(), after.err());
            assertSameRun(local, killed);

            // begun on the one worker left, continued in this JVM alone: still the same run
            Path moved = dir.resolve("moved");
            CliRun.succeed("run", config.toString(), "--cluster", PEERS, "--port", Integer.toString(PORT),
                    "--generations", "12", "--out", moved.toString());
            Files.writeString(moved.resolve("config.yaml"),
                    Files.readString(moved.resolve("config.yaml")).replace("generations: 12", "generations: 24"));
            CliRun.succeed("resume", moved.toString());
            assertSameRun(local, moved);
        }
    }

    @Test
    void aRunThatFindsNoWorkerStopsWithAMessageAndKeepsItsStart() throws Exception {
        Path out = dir.resolve("alone");
        CliRun run = CliRun.of("run", config().toString(), "--cluster", "127.0.0.1:48900..48909", "--port", "48900",
                "--worker-wait", "1", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: no worker joined the cluster at [127.0.0.1:48900..48909] within 1 s;"
                + " start one with neurula worker"), run.err());
        assertTrue(run.err().contains("continue with neurula resume " + out), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
        try (var files = Files.list(out.resolve("checkpoints"))) {
            assertEquals(1, files.count(), "the initial population is checkpointed");
        }
    }

    @Test
    void anEmbeddedRunIsItsOwnWorker() throws Exception {
        Path config = Files.writeString(dir.resolve("xor.yaml"),
                "run: {name: x, seed: 4, threads: 2, generations: 12, stopWhenSolved: false}\ntask: {type: xor}\n");
        Path local = dir.resolve("xor-local");
        Path embedded = dir.resolve("xor-embedded");
        CliRun.succeed("run", config.toString(), "--out", local.toString());
        CliRun run = CliRun.succeed("run", config.toString(), "--cluster", "127.0.0.1:48950..48959", "--port", "48950",
                "--embed", "--out", embedded.toString());
        assertTrue(run.out().contains("this run's node a worker too"), run.out());
        assertSameRun(local, embedded);
    }

    @Test
    void badClusterOptionsAreRefusedWithTheOptionNamed() throws Exception {
        CliRun peers = CliRun.of("run", config().toString(), "--cluster", "somewhere", "--out",
                dir.resolve("bad").toString());
        assertEquals(2, peers.exitCode());
        assertTrue(peers.err().contains("--cluster somewhere: write HOST:PORT or HOST:FIRST..LAST"), peers.err());
        CliRun port = CliRun.of("worker", "--port", "80");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("--port 80: give a port between 1024 and 64890"), port.err());
    }
}
