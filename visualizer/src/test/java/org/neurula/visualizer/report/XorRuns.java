package org.neurula.visualizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurula.runs.CliRun;

/** Real run directories made by {@code neurula run} on XOR; test support, not a test. */
final class XorRuns {

    private XorRuns() {
    }

    /**
     * Runs XOR for {@code generations} generations (not stopping when solved, so structure and species
     * evolve) into {@code parent/name}.
     */
    static Path run(Path parent, String name, int generations) {
        try {
            Path config = parent.resolve(name + ".yaml");
            Files.writeString(config, CliRun.xorConfig(3, generations, false));
            Path dir = parent.resolve(name);
            CliRun run = CliRun.of("run", config.toString(), "--threads", "1", "--out", dir.toString());
            assertEquals(0, run.exitCode(), run.err());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
