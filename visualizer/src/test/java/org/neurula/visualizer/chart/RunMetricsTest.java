package org.neurula.visualizer.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading metrics.jsonl: the values, resumed runs, older files, and clear errors for bad input. */
class RunMetricsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryValueOfEachGeneration() {
        Path file = MetricsLines.write(dir, List.of(
                MetricsLines.line(0, 8.5, 1, 150),
                MetricsLines.line(1, 9.25, 1, 100, 4, 50),
                MetricsLines.line(2, 10.0, 4, 150)));

        RunMetrics metrics = RunMetrics.read(file);

        assertEquals(3, metrics.size());
        assertArrayEquals(new int[] {0, 1, 2}, metrics.generations());
        assertArrayEquals(new long[] {150, 300, 450}, metrics.evaluations());
        assertArrayEquals(new double[] {8.5, 9.25, 10.0}, metrics.bestFitness());
        assertArrayEquals(new double[] {4.25, 4.625, 5.0}, metrics.meanFitness());
        assertArrayEquals(new double[] {1.0, 1.1, 1.2}, metrics.stdFitness(), 1e-12);
        assertArrayEquals(new double[] {0.0, 0.25, 0.5}, metrics.meanHiddenNodes());
        assertArrayEquals(new double[] {3.0, 3.5, 4.0}, metrics.meanEnabledConnections());
        assertArrayEquals(new double[] {4000, 4100, 4200}, metrics.evaluationsPerSecond());
        assertArrayEquals(new int[][] {{1}, {1, 4}, {4}}, metrics.speciesIds());
        assertArrayEquals(new int[][] {{150}, {100, 50}, {150}}, metrics.speciesSizes());
        assertTrue(metrics.speciesIdsRecorded());
        assertArrayEquals(new int[] {1, 4}, metrics.allSpeciesIds());
        assertEquals(50, metrics.speciesSize(1, 4));
        assertEquals(0, metrics.speciesSize(0, 4), "a species not alive in a generation has size 0");
    }

    @Test
    void readsTheExampleLineFromARealRun() {
        Path file = MetricsLines.write(dir, List.of("{\"generation\":0,\"evaluations\":150,"
                + "\"generationEvaluations\":150,"
                + "\"bestFitness\":8.71,\"meanFitness\":4.02,\"stdFitness\":1.16,\"solved\":false,\"championId\":95,"
                + "\"failedEvaluations\":0,\"speciesThreshold\":3.0,\"species\":1,\"speciesSizes\":[150],"
                + "\"speciesIds\":[1],\"hiddenNodes\":{\"mean\":0.0,\"max\":0},\"enabledConnections\":{\"mean\":3.0,"
                + "\"max\":3},\"timing\":{\"evaluationSeconds\":0.036,\"generationSeconds\":0.072,"
                + "\"elapsedSeconds\":0.378,\"evaluationsPerSecond\":4071.1}}"));

        RunMetrics metrics = RunMetrics.read(file);

        assertArrayEquals(new double[] {8.71}, metrics.bestFitness());
        assertArrayEquals(new double[] {4071.1}, metrics.evaluationsPerSecond());
    }

    @Test
    void aRepeatedGenerationKeepsItsLastLine() {
        // a run resumed from the checkpoint of generation 1 appends generations 1 and 2 again
        Path file = MetricsLines.write(dir, List.of(
                MetricsLines.line(0, 1.0, 1, 150),
                MetricsLines.line(1, 2.0, 1, 150),
                MetricsLines.line(2, 3.0, 1, 150),
                MetricsLines.line(1, 20.0, 1, 150),
                MetricsLines.line(2, 30.0, 1, 150),
                MetricsLines.line(3, 40.0, 1, 150)));

        RunMetrics metrics = RunMetrics.read(file);

        assertArrayEquals(new int[] {0, 1, 2, 3}, metrics.generations());
        assertArrayEquals(new double[] {1.0, 20.0, 30.0, 40.0}, metrics.bestFitness());
    }

    @Test
    void filesWithoutSpeciesIdsNumberSpeciesByPosition() {
        List<String> lines = new ArrayList<>();
        lines.add(MetricsLines.line(0, 1.0, 1, 150).replace(",\"speciesIds\":[1]", ""));
        lines.add(MetricsLines.line(1, 2.0, 1, 100, 2, 50).replace(",\"speciesIds\":[1,2]", ""));
        RunMetrics metrics = RunMetrics.read(MetricsLines.write(dir, lines));

        assertFalse(metrics.speciesIdsRecorded());
        assertArrayEquals(new int[][] {{1}, {1, 2}}, metrics.speciesIds());
        assertArrayEquals(new int[][] {{150}, {100, 50}}, metrics.speciesSizes());
    }

    @Test
    void blankLinesAreSkippedAndTimingIsOptional() {
        String withoutTiming = MetricsLines.line(1, 2.0, 1, 150).replaceAll(",\"timing\":\\{[^}]*}", "");
        Path file = MetricsLines.write(dir, List.of(MetricsLines.line(0, 1.0, 1, 150), "", withoutTiming, "  "));

        RunMetrics metrics = RunMetrics.read(file);

        assertEquals(2, metrics.size());
        assertTrue(Double.isNaN(metrics.evaluationsPerSecond()[1]));
    }

    @Test
    void fixedTopologyLinesNeedOnlyGenerationEvaluationsAndFitness() {
        Path file = MetricsLines.write(dir, List.of(
                "{\"generation\":0,\"evaluations\":100,\"bestFitness\":3.5,\"meanFitness\":1.5,\"solved\":false,"
                        + "\"algorithm\":\"fixed-topology\"}",
                "{\"generation\":1,\"evaluations\":200,\"bestFitness\":\"NaN\",\"meanFitness\":1.75,\"solved\":false,"
                        + "\"algorithm\":\"fixed-topology\"}"));

        RunMetrics metrics = RunMetrics.read(file);

        assertEquals(3.5, metrics.bestFitness()[0]);
        assertTrue(Double.isNaN(metrics.bestFitness()[1]));
        assertTrue(Double.isNaN(metrics.stdFitness()[0]));
        assertEquals(0, metrics.allSpeciesIds().length);
    }

    @Test
    void theArraysCannotBeChangedFromOutside() {
        RunMetrics metrics = RunMetrics.read(MetricsLines.write(dir, MetricsLines.rising(3)));
        metrics.bestFitness()[0] = 999;
        metrics.speciesSizes()[0][0] = 999;

        assertEquals(5.0, metrics.bestFitness()[0]);
        assertEquals(150, metrics.speciesSizes()[0][0]);
        assertEquals(metrics, RunMetrics.read(dir.resolve("metrics.jsonl")));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere/metrics.jsonl");

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(missing)).getMessage();

        assertTrue(message.contains(missing.toString()), message);
        assertTrue(message.contains("does not exist"), message);
    }

    @Test
    void anEmptyFileIsAClearError() throws IOException {
        Path empty = Files.writeString(dir.resolve("metrics.jsonl"), "\n  \n");

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(empty)).getMessage();

        assertTrue(message.contains(empty + " is empty"), message);
        assertTrue(message.contains("first generation"), message);
    }

    @Test
    void aCompleteLastLineThatIsNotJsonPointsAtAKilledRun() {
        String full = MetricsLines.line(2, 3.0, 1, 150);
        Path file = MetricsLines.write(dir, List.of(MetricsLines.line(0, 1.0, 1, 150),
                MetricsLines.line(1, 2.0, 1, 150), full.substring(0, full.length() / 2)));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 3: not JSON ("), message);
        assertTrue(message.contains("killed run") && message.contains("delete the last line or re-run"), message);
    }

    @Test
    void aLineStillBeingWrittenIsLeftOut() throws java.io.IOException {
        String full = MetricsLines.line(2, 3.0, 1, 150);
        Path file = dir.resolve("metrics.jsonl");
        java.nio.file.Files.writeString(file, MetricsLines.line(0, 1.0, 1, 150) + "\n" + MetricsLines.line(1, 2.0, 1, 150)
                + "\n" + full.substring(0, full.length() / 2)); // no newline: the run is writing generation 2

        RunMetrics metrics = RunMetrics.read(file);

        assertEquals(2, metrics.size(), "generations 0 and 1; the half-written line is not a generation yet");
        assertEquals(2.0, metrics.bestFitness()[1]);
    }

    @Test
    void aDamagedLineInTheMiddleIsNamed() {
        Path file = MetricsLines.write(dir, List.of(MetricsLines.line(0, 1.0, 1, 150), "{\"generation\":1,,}",
                MetricsLines.line(2, 3.0, 1, 150)));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 2: not JSON ("), message);
        assertTrue(message.contains("delete it or re-run"), message);
    }

    @Test
    void trailingGarbageAfterTheObjectIsNotJson() {
        Path file = MetricsLines.write(dir, List.of(MetricsLines.line(0, 1.0, 1, 150) + "}"));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 1: not JSON"), message);
    }

    @Test
    void aLineMissingAKeyNamesTheKey() {
        String noBest = MetricsLines.line(1, 2.0, 1, 150).replace("\"bestFitness\":2.0,", "");
        Path file = MetricsLines.write(dir, List.of(MetricsLines.line(0, 1.0, 1, 150), noBest));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 2: no \"bestFitness\""), message);
        assertTrue(message.contains("re-run"), message);
    }

    @Test
    void aMissingNestedKeyNamesItsPath() {
        String noHidden = MetricsLines.line(0, 1.0, 1, 150)
                .replace("\"hiddenNodes\":{\"mean\":0.0,", "\"hiddenNodes\":{");
        Path file = MetricsLines.write(dir, List.of(noHidden));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 1: no \"hiddenNodes.mean\""), message);
    }

    @Test
    void aValueOfTheWrongTypeIsShown() {
        String textGeneration = MetricsLines.line(0, 1.0, 1, 150)
                .replace("\"generation\":0", "\"generation\":\"zero\"");
        Path file = MetricsLines.write(dir, List.of(textGeneration));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 1: \"generation\" is \"zero\", expected a whole number"), message);
    }

    @Test
    void speciesIdsAndSizesMustBeParallel() {
        String mismatch = MetricsLines.line(0, 1.0, 1, 150).replace("\"speciesIds\":[1]", "\"speciesIds\":[1,2]");
        Path file = MetricsLines.write(dir, List.of(mismatch));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 1: \"speciesIds\" has 2 entries but \"speciesSizes\" has 1"),
                message);
    }

    @Test
    void jsonThatIsNotAnObjectIsNamed() {
        Path file = MetricsLines.write(dir, List.of("[1, 2, 3]"));

        String message = assertThrows(MetricsFormatException.class, () -> RunMetrics.read(file)).getMessage();

        assertTrue(message.startsWith(file + " line 1: a JSON array where a JSON object"), message);
    }
}
