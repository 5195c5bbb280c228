package org.neurula.visualizer.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A virtual X display of its own: {@code Xvfb :N -screen 0 1280x1024x24} on the first free display
 * number from 90, ready once its socket {@code /tmp/.X11-unix/XN} exists; closing stops it. Test
 * support, not a test.
 */
public final class XvfbDisplay implements AutoCloseable {

    private static final int FIRST = 90;
    private static final int LAST = 140;
    private static final long START_MILLIS = 10_000;

    private final Process process;
    private final int number;

    private XvfbDisplay(Process process, int number) {
        this.process = process;
        this.number = number;
    }

    /** The Xvfb executable on PATH (or in /usr/bin), if installed. */
    public static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "Xvfb"))) {
                return Optional.of(Path.of(dir, "Xvfb"));
            }
        }
        return Optional.empty();
    }

    /** Starts Xvfb on a free display number. */
    public static XvfbDisplay start(Path xvfb) throws IOException, InterruptedException {
        for (int n = FIRST; n <= LAST; n++) {
            if (Files.exists(socket(n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process process = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1280x1024x24",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long deadline = System.currentTimeMillis() + START_MILLIS;
            while (process.isAlive() && !Files.exists(socket(n)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            if (process.isAlive() && Files.exists(socket(n))) {
                return new XvfbDisplay(process, n);
            }
            process.destroyForcibly().waitFor(); // taken meanwhile, or too slow: try the next number
        }
        throw new IOException("no free X display number between :" + FIRST + " and :" + LAST);
    }

    /** The value for {@code DISPLAY}. */
    public String display() {
        return ":" + number;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path socket(int n) {
        return Path.of("/tmp/.X11-unix/X" + n);
    }
}
