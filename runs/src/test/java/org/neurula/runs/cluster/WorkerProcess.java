package org.neurula.runs.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code neurula worker} in a JVM of its own (the tests' java and class path), bound to 127.0.0.1,
 * for tests that need a cluster of several processes. Test support, not a test.
 */
public final class WorkerProcess implements AutoCloseable {

    /** The options Ignite needs on JDK 25, as the launcher gives them. */
    static final List<String> JVM_OPTIONS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
            "-Djava.net.preferIPv4Stack=true", "-Xmx256m", "-XX:+UseSerialGC");

    private final Process process;
    private final Path log;

    private WorkerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a worker with one thread on the ten ports from {@code port} and waits until it is ready. */
    public static WorkerProcess start(Path work, int port) throws IOException, InterruptedException {
        return start(work, port, null);
    }

    /** Starts a worker as {@link #start(Path, int)} does, with {@code extraJar} (if not null) on its class path. */
    public static WorkerProcess start(Path work, int port, Path extraJar) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        command.add(extraJar == null ? classPath : classPath + java.io.File.pathSeparator + extraJar);
        command.add("org.neurula.runs.cli.Main");
        command.addAll(List.of("worker", "--bind", "127.0.0.1", "--port", Integer.toString(port), "--threads", "1"));
        Files.createDirectories(work);
        Path log = Files.createTempFile(work, "worker", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        WorkerProcess worker = new WorkerProcess(process, log);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.readString(log).contains(" ready: ")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String text = Files.readString(log);
                worker.close();
                throw new IllegalStateException("the worker did not start: " + text);
            }
            Thread.sleep(100);
        }
        return worker;
    }

    /** Kills the worker as {@code kill -9} does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** What the worker printed. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
