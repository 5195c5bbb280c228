package org.neurula.visualizer.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a page in headless Chromium, takes a screenshot and collects what the page wrote to the
 * console; test support, not a test.
 *
 * <p>Console messages come from Chromium's own log ({@code --enable-logging=stderr --v=0}), where
 * every message a page sends to the console (console.log/warn/error, uncaught exceptions,
 * Content-Security-Policy violations) appears as a line {@code [...:INFO:CONSOLE:LINE] "text", source:
 * URL (LINE)} (older versions: {@code CONSOLE(LINE)}). The log does not carry the message's level, so
 * every console message counts: a page without scripts has none.
 */
final class HeadlessChromium {

    /** Where Chromium is usually installed. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium");

    /** Its command names. */
    private static final List<String> COMMANDS = List.of("chromium", "chromium-browser", "google-chrome");

    private static final Pattern CONSOLE_LINE = Pattern.compile("^\\[[^\\]]*:CONSOLE[:(][^\\]]*\\] (.*)$");

    private static final long TIMEOUT_SECONDS = 60;

    /**
     * What a page load gave.
     *
     * @param consoleMessages every console message, in order
     * @param log             Chromium's whole log, for failure messages
     */
    record PageLoad(List<String> consoleMessages, String log) {
    }

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /**
     * Chromium as installed on this machine: {@code $NEURULA_CHROMIUM}, then the usual places, then
     * {@code chromium}, {@code chromium-browser} or {@code google-chrome} on the {@code PATH}.
     */
    static Optional<HeadlessChromium> find() {
        String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        Stream<Path> onPath = Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .flatMap(d -> COMMANDS.stream().map(name -> Path.of(d, name)));
        Stream<Path> candidates = Stream.concat(Stream.ofNullable(System.getenv("NEURULA_CHROMIUM")).map(Path::of),
                Stream.concat(CANDIDATES.stream().map(Path::of), onPath));
        return candidates.filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** The executable. */
    Path executable() {
        return executable;
    }

    /**
     * Loads {@code page} in a {@code width} x {@code height} window with a fresh profile under
     * {@code work}, writes a screenshot of the window to {@code screenshot}, and returns the console
     * messages. Chromium is killed (with its child processes) if it takes longer than a minute.
     */
    PageLoad load(Path page, Path screenshot, int width, int height, Path work)
            throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        Path log = work.resolve("chromium.log");
        List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0", "--screenshot=" + screenshot.toAbsolutePath(), "--window-size=" + width + "," + height,
                page.toAbsolutePath().toUri().toString());
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            chromium.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        if (chromium.exitValue() != 0) {
            throw new IllegalStateException("Chromium exited with " + chromium.exitValue() + ": " + text);
        }
        List<String> messages = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = CONSOLE_LINE.matcher(line);
            if (m.matches()) {
                messages.add(m.group(1));
            }
        }
        return new PageLoad(List.copyOf(messages), text);
    }
}
