package org.neurula.visualizer.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/**
 * Draws the charts of a run (see {@link RunChart}) with XChart as images of a fixed size. Works
 * headless; the same metrics always give the same picture (species colours come from their ids). A
 * chart whose values the metrics do not hold (the fixed-topology baseline records no species) is
 * drawn as a plain panel saying so.
 */
public final class RunCharts {

    /** The default image width in pixels. */
    public static final int DEFAULT_WIDTH = 800;
    /** The default image height in pixels. */
    public static final int DEFAULT_HEIGHT = 500;

    private static final int MIN_WIDTH = 200;
    private static final int MIN_HEIGHT = 150;

    private final RunMetrics metrics;
    private final int width;
    private final int height;

    /** Charts of {@code metrics} at the default size, 800 x 500. */
    public RunCharts(RunMetrics metrics) {
        this(metrics, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** Charts of {@code metrics}, {@code width} x {@code height} pixels (at least 200 x 150). */
    public RunCharts(RunMetrics metrics, int width, int height) {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new IllegalArgumentException("a chart needs at least " + MIN_WIDTH + " x " + MIN_HEIGHT
                    + " pixels, not " + width + " x " + height);
        }
        this.metrics = metrics;
        this.width = width;
        this.height = height;
    }

    /** Best fitness, and mean fitness with a shaded band of one standard deviation. */
    public BufferedImage fitness() {
        return image(RunChart.FITNESS);
    }

    /** Species sizes stacked over the generations, one colour per species id. */
    public BufferedImage species() {
        return image(RunChart.SPECIES);
    }

    /** Mean hidden nodes and mean enabled connections per genome, on two y axes. */
    public BufferedImage complexity() {
        return image(RunChart.COMPLEXITY);
    }

    /** Evaluations per second of wall-clock time. */
    public BufferedImage evaluationsPerSecond() {
        return image(RunChart.EVALUATIONS_PER_SECOND);
    }

    /** The generation champion's activity over one lifetime (dormant ratio, sparsity, pruning, drift). */
    public BufferedImage activity() {
        return image(RunChart.ACTIVITY);
    }

    /** The image of {@code chart}. */
    public BufferedImage image(RunChart chart) {
        XYChart drawn = switch (chart) {
            case FITNESS -> FitnessChart.build(metrics, width, height);
            case SPECIES -> SpeciesChart.build(metrics, width, height);
            case COMPLEXITY -> ComplexityChart.build(metrics, width, height);
            case EVALUATIONS_PER_SECOND -> ThroughputChart.build(metrics, width, height);
            case ACTIVITY -> ActivityChart.build(metrics, width, height);
        };
        if (drawn == null) {
            return NotRecordedImage.draw(chart.title(), "not recorded in this run's metrics.jsonl", width, height);
        }
        return BitmapEncoder.getBufferedImage(drawn);
    }

    /**
     * Writes every chart as a PNG named by {@link RunChart#fileName()} into {@code dir}, creating it.
     *
     * @return the files written, in the order of {@link RunChart#values()}
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> writeAll(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (RunChart chart : RunChart.values()) {
                Path file = dir.resolve(chart.fileName());
                writePng(image(chart), file);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the charts to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** Writes {@code image} as a PNG file. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for this image type");
        }
    }

    /** The width of every image, in pixels. */
    public int width() {
        return width;
    }

    /** The height of every image, in pixels. */
    public int height() {
        return height;
    }
}
