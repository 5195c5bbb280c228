package org.neurula.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurula.runs.cli.Main;

/**
 * Runs {@link Main#execute} with System.out and System.err captured (picocli writes to whatever they
 * are when the command line is created); test support, not a test.
 *
 * @param exitCode the exit code
 * @param out      what was printed to standard output
 * @param err      what was printed to standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /** A plain JSON reader for the files a run writes. */
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Runs the command line. */
    public static synchronized CliRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            code = Main.execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Reads a JSON file. */
    public static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text. */
    public static JsonNode readJsonText(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON-lines file, one tree per line. */
    public static List<JsonNode> readJsonLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a run directory's {@code metrics.jsonl} without their wall-clock {@code timing} part. */
    public static List<JsonNode> metricsWithoutTiming(Path runDir) {
        List<JsonNode> lines = readJsonLines(runDir.resolve("metrics.jsonl"));
        lines.forEach(line -> ((com.fasterxml.jackson.databind.node.ObjectNode) line).remove("timing"));
        return lines;
    }

    /** Runs the command line and fails the test, with what it printed, unless it exits with 0. */
    public static CliRun succeed(String... args) {
        CliRun r = of(args);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.exitCode(), r.err() + r.out());
        return r;
    }

    /** The XOR example's config with a few run settings. */
    public static String xorConfig(long seed, int generations, boolean stopWhenSolved) {
        return """
                # XOR with the NEAT paper's parameters
                run:
                  name: xor
                  seed: %d
                  threads: 2
                  generations: %d
                  stopWhenSolved: %s
                task:
                  type: xor
                reproduction:
                  populationSize: 150
                """.formatted(seed, generations, stopWhenSolved);
    }
}
