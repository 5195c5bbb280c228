package org.neurula.visualizer.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The run charts: size, content, determinism, species colours, activity, and odd metrics. */
class RunChartsTest {

    @TempDir
    Path dir;

    private RunMetrics metrics(List<String> lines) {
        return RunMetrics.read(MetricsLines.write(dir, lines));
    }

    @ParameterizedTest
    @EnumSource(RunChart.class)
    void eachChartIsAnImageOfTheRequestedSizeWithContent(RunChart chart) {
        BufferedImage image = new RunCharts(metrics(MetricsLines.rising(30)), 640, 400).image(chart);

        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(distinctColours(image) > 20, chart + ": " + distinctColours(image) + " colours");
    }

    @Test
    void theDefaultSizeIs800By500() {
        BufferedImage image = new RunCharts(metrics(MetricsLines.rising(5))).fitness();

        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @ParameterizedTest
    @EnumSource(RunChart.class)
    void aSingleGenerationStillGivesACharts(RunChart chart) {
        RunMetrics one = metrics(List.of(MetricsLines.line(0, 8.7, 1, 100, 2, 50)));

        BufferedImage image = new RunCharts(one).image(chart);

        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(distinctColours(image) > 10, chart + ": " + distinctColours(image) + " colours");
    }

    @Test
    void aSingleGenerationShowsItsSpecies() {
        RunMetrics one = metrics(List.of(MetricsLines.line(0, 8.7, 1, 100, 2, 50)));

        BufferedImage image = new RunCharts(one).species();

        assertTrue(pixelsOf(image, SpeciesPalette.color(1)) > 500);
        assertTrue(pixelsOf(image, SpeciesPalette.color(2)) > 200);
    }

    @Test
    void speciesAppearAndDisappear() {
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 30; g++) {
            if (g < 10) {
                lines.add(MetricsLines.line(g, g, 1, 150));
            } else if (g < 20) {
                lines.add(MetricsLines.line(g, g, 1, 70, 6, 80)); // species 6 appears ...
            } else {
                lines.add(MetricsLines.line(g, g, 1, 100, 9, 50)); // ... and dies out; 9 appears
            }
        }
        RunMetrics metrics = metrics(lines);

        BufferedImage image = new RunCharts(metrics).species();

        int one = pixelsOf(image, SpeciesPalette.color(1));
        int six = pixelsOf(image, SpeciesPalette.color(6));
        int nine = pixelsOf(image, SpeciesPalette.color(9));
        assertTrue(one > 5000 && six > 1000 && nine > 1000, one + " " + six + " " + nine);
        assertTrue(one > six && one > nine, "species 1 lives longest and is largest");
        assertEquals(0, pixelsOf(image, SpeciesPalette.color(7)), "species 7 never existed");
    }

    @Test
    void manySpeciesStillDraw() {
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            // 30 species at a time, a new one every generation: 70 species over the run
            int first = g + 1;
            int[] species = IntStream.range(0, 30).flatMap(k -> IntStream.of(first + k, 5)).toArray();
            lines.add(MetricsLines.line(g, g, species));
        }

        BufferedImage image = new RunCharts(metrics(lines)).species();

        assertEquals(800, image.getWidth());
        assertTrue(pixelsOf(image, SpeciesPalette.color(40)) > 100);
        assertTrue(distinctColours(image) > 70);
    }

    @Test
    void theSameMetricsGiveTheSamePicture() {
        RunMetrics metrics = metrics(MetricsLines.rising(25));

        for (RunChart chart : List.of(RunChart.FITNESS, RunChart.SPECIES, RunChart.COMPLEXITY)) {
            BufferedImage first = new RunCharts(metrics).image(chart);
            BufferedImage second = new RunCharts(metrics).image(chart);
            assertArrayEquals(pixels(first), pixels(second), chart.toString());
        }
    }

    @Test
    void speciesColoursDependOnTheIdOnly() {
        assertEquals(SpeciesPalette.color(17), SpeciesPalette.color(17));
        assertNotEquals(SpeciesPalette.color(17), SpeciesPalette.color(18));
        assertEquals("#" + Integer.toHexString(SpeciesPalette.color(3).getRGB() & 0xffffff),
                SpeciesPalette.cssHex(3).replaceFirst("#0*", "#"));
    }

    @Test
    void writeAllWritesOnePngFilePerChart() throws IOException {
        List<Path> files = new RunCharts(metrics(MetricsLines.rising(12)), 500, 300).writeAll(dir.resolve("charts"));

        assertEquals(5, files.size());
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            names.add(file.getFileName().toString());
            BufferedImage read = ImageIO.read(file.toFile());
            assertEquals(500, read.getWidth(), file.toString());
            assertEquals(300, read.getHeight(), file.toString());
            assertTrue(Files.size(file) > 1000, file.toString());
        }
        assertEquals(Set.of("fitness.png", "species.png", "complexity.png", "evaluations-per-second.png",
                "activity.png"), names);
    }

    @Test
    void theActivityChartDrawsPruningAndDriftOnlyWhenTheRunHadThem() {
        List<String> still = new ArrayList<>();
        List<String> pruning = new ArrayList<>();
        for (int g = 0; g < 30; g++) {
            still.add(MetricsLines.line(g, g, 0.0, 0.0, 1, 150));
            pruning.add(MetricsLines.line(g, g, 0.3 + 0.005 * g, 0.02 * g, 1, 150));
        }

        BufferedImage without = new RunCharts(metrics(still)).activity();
        BufferedImage with = new RunCharts(metrics(pruning)).activity();

        assertTrue(pixelsOf(without, ActivityChart.DORMANT) > 100);
        assertTrue(pixelsOf(without, ActivityChart.SPARSITY) > 100);
        assertEquals(0, pixelsOf(without, ActivityChart.PRUNED), "a run without pruning draws no pruned line");
        assertEquals(0, pixelsOf(without, ActivityChart.DRIFT), "a static run draws no drift line");
        assertTrue(pixelsOf(with, ActivityChart.PRUNED) > 100);
        assertTrue(pixelsOf(with, ActivityChart.DRIFT) > 100);
    }

    @Test
    void linesWithoutActivityReadAsNotRecorded() {
        String line = MetricsLines.line(0, 1.0, 1, 150);
        String old = line.substring(0, line.indexOf(",\"championActivity\"")) + "}";
        RunMetrics metrics = metrics(List.of(old, MetricsLines.line(1, 2.0, 0.5, 0.0, 1, 150)));

        double[] pruned = metrics.championActivity().prunedShare();
        assertTrue(Double.isNaN(pruned[0]));
        assertEquals(0.5, pruned[1]);
        assertEquals(ActivityMetrics.notRecorded(1), metrics(List.of(old)).championActivity());
    }

    @Test
    void valuesTheMetricsDoNotHoldGiveAPanelSayingSo() {
        RunMetrics baseline = metrics(List.of(
                "{\"generation\":0,\"evaluations\":100,\"bestFitness\":3.5,\"meanFitness\":1.5,"
                        + "\"algorithm\":\"fixed-topology\"}",
                "{\"generation\":1,\"evaluations\":200,\"bestFitness\":3.75,\"meanFitness\":1.75,"
                        + "\"algorithm\":\"fixed-topology\"}"));
        RunCharts charts = new RunCharts(baseline, 400, 250);

        for (RunChart chart : RunChart.values()) {
            BufferedImage image = charts.image(chart);
            assertEquals(400, image.getWidth());
            assertTrue(distinctColours(image) > 5, chart.toString());
        }
    }

    @Test
    void tinyChartsAreRefused() {
        RunMetrics metrics = metrics(MetricsLines.rising(2));

        assertThrows(IllegalArgumentException.class, () -> new RunCharts(metrics, 50, 40));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int rgb : pixels(image)) {
            colours.add(rgb & 0xffffff);
        }
        return colours.size();
    }

    private static int pixelsOf(BufferedImage image, Color colour) {
        int wanted = colour.getRGB() & 0xffffff;
        int count = 0;
        for (int rgb : pixels(image)) {
            if ((rgb & 0xffffff) == wanted) {
                count++;
            }
        }
        return count;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
