package org.neurula.visualizer.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code org.neurula.runs.cli.Main} in a child JVM — the same java and class path as the tests —
 * with a chosen environment, for what cannot run inside the test JVM: opening a window on another
 * display, or a JVM without a display. Test support, not a test.
 *
 * @param exitCode the exit code (-1 when it had to be killed)
 * @param out      its standard output
 * @param err      its standard error
 */
public record ChildJvm(int exitCode, String out, String err) {

    /** How long a child may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * Runs {@code neurula ARGS} with the environment changed by {@code env} (a null value removes the
     * variable) and extra JVM options, its output kept in {@code work}.
     */
    public static ChildJvm run(Path work, Map<String, String> env, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-cp");
        // Surefire's own class path is a manifest-only jar; it names the real one here
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("org.neurula.runs.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        env.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        try {
            Files.createDirectories(work);
            Path out = Files.createTempFile(work, "child", ".out");
            Path err = Files.createTempFile(work, "child", ".err");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            int code;
            if (process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                code = process.exitValue();
            } else {
                process.destroyForcibly().waitFor();
                code = -1;
            }
            return new ChildJvm(code, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child JVM", e);
        }
    }
}
