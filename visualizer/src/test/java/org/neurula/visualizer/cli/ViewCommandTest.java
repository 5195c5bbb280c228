package org.neurula.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.visualizer.view.ReplaySource;
import org.neurula.visualizer.view.ViewFixtures;
import picocli.CommandLine;

/**
 * {@code neurula view}'s input checks, which come before it looks for a display (so these never open a
 * window). The window itself is tested in {@code ViewUnderXvfbTest}, the missing display in
 * {@code ViewWithoutDisplayTest}.
 */
class ViewCommandTest {

    @TempDir
    Path dir;

    private static void assertBadInput(CliRun run, String message) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void isACommandOfNeurula() {
        CliRun help = CliRun.of("view", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Prev/Next"), help.out());
        assertTrue(help.out().contains("--generation"), help.out());
    }

    @Test
    void replayOfAStaticRunIsBadInput() {
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ViewCommand()).setErr(new PrintWriter(err)).execute(run.toString(), "--replay");
        assertTrue(ReplaySource.installed().isPresent(), "the run replay is installed as a service");
        assertEquals(2, code, "a static run has nothing to replay: " + err);
        assertTrue(err.toString().contains("not plastic"), err.toString());
    }

    @Test
    void growthOfARunThatDoesNotGrowItsNetworksIsBadInput() throws java.io.IOException {
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        java.nio.file.Files.writeString(run.resolve("config.yaml"), "run: {name: x}\ntask: {type: xor}\n");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ViewCommand()).setErr(new PrintWriter(err)).execute(run.toString(), "--growth");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--growth draws networks grown from one cell"), err.toString());
        assertTrue(err.toString().contains("encoding.type: cell-program"), "says what to use: " + err);
    }

    @Test
    void replayAndGrowthTogetherAreBadInput() {
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ViewCommand()).setErr(new PrintWriter(err))
                .execute(run.toString(), "--growth", "--replay");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("give one of them"), err.toString());
    }

    @Test
    void aReplaySourceGivenToTheConstructorIsUsed() {
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ViewCommand(genome -> {
            throw new org.neurula.visualizer.BadInputException("refused by the test's replay source");
        })).setErr(new PrintWriter(err)).execute(run.toString(), "--replay");
        assertEquals(2, code);
        assertTrue(err.toString().contains("refused by the test's replay source"), err.toString());
    }

    @Test
    void generationNeedsARunDirectory() {
        Path file = ViewFixtures.writeGenome(dir.resolve("g.json"), 3, 1, 1.0, false);
        assertBadInput(CliRun.of("view", file.toString(), "--generation", "1"), "--generation picks a champion");
    }

    @Test
    void missingSourcesAndGenerationsOutsideTheRunAreBadInput() {
        assertBadInput(CliRun.of("view", dir.resolve("nowhere.json").toString()), "no such file");
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        assertBadInput(CliRun.of("view", run.toString(), "--generation", "50"), "past the run's last generation");
    }

    @Test
    void screenshotsArePngFiles() {
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        assertBadInput(CliRun.of("view", run.toString(), "--screenshot", dir.resolve("x.jpg").toString()),
                "name the file .png");
        assertBadInput(CliRun.of("view", run.toString(), "--exit-after-ms", "-5"), "cannot be negative");
    }
}
