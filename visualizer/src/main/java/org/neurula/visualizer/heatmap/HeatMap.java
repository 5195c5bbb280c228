package org.neurula.visualizer.heatmap;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neurula.visualizer.topology.TopologyPicture;

/**
 * A weight-pattern heat map: the weights leaving one source point, coloured over the target square
 * [-1, 1]² with a {@link DivergingScale} (red negative, white zero, blue positive), a colour bar, the
 * source marked with a ring at its (x, y), ticks and axis names ("target x", "target y") and a title.
 * One pixel is one target point, so a map {@code n} pixels wide samples the pattern {@code n × n} times.
 *
 * <pre>{@code
 * WeightPattern cppn = (sx, sy, tx, ty) -> query(sx, sy, tx, ty);   // e.g. a CPPN's output
 * HeatMap.writePng(cppn, 0.0, 0.0, 480, 400, Path.of("weights.png"));
 * }</pre>
 */
public final class HeatMap {

    /** The smallest picture drawn. */
    public static final int MIN_WIDTH = 160;
    /** The smallest picture drawn. */
    public static final int MIN_HEIGHT = 120;

    private static final int LEFT = 48;
    private static final int TOP = 30;
    private static final int BOTTOM = 44;
    private static final int BAR = 16;
    private static final int BAR_GAP = 18;
    private static final int BAR_LABELS = 56;

    private HeatMap() {
    }

    /**
     * The map of {@code pattern}'s weights from the source at ({@code sx}, {@code sy}), titled with the
     * source, its colour scale saturating at the largest |weight| drawn.
     */
    public static BufferedImage image(WeightPattern pattern, double sx, double sy, int width, int height) {
        return image(pattern.from(sx, sy), sx, sy, String.format(Locale.ROOT, "weights from (%.2f, %.2f)", sx, sy),
                List.of(), Optional.empty(), width, height);
    }

    /**
     * The map of {@code weights} with the source at ({@code sx}, {@code sy}) marked.
     *
     * @param title   the line above the map
     * @param samples points (x, y) to mark with small dots, such as the target nodes a map was measured at
     * @param scale   the colour scale, or empty for one saturating at the largest |weight| drawn
     * @throws IllegalArgumentException if the picture is smaller than {@value #MIN_WIDTH} × {@value #MIN_HEIGHT}
     */
    public static BufferedImage image(OutgoingWeights weights, double sx, double sy, String title,
            List<double[]> samples, Optional<DivergingScale> scale, int width, int height) {
        Rectangle plot = plotArea(width, height);
        double[] values = HeatMapPainter.sample(weights, plot.width);
        DivergingScale colours = scale.orElseGet(() -> DivergingScale.covering(values));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = HeatMapPainter.canvas(image);
        HeatMapPainter.paintTitle(g, title, width, 20);
        HeatMapPainter.paintMap(image, g, plot, values, colours);
        HeatMapPainter.paintSamples(g, plot, samples);
        HeatMapPainter.paintSource(g, plot, sx, sy, Math.max(4, plot.width / 40.0));
        HeatMapPainter.paintAxes(g, plot);
        HeatMapPainter.paintColourBar(image, g, new Rectangle(plot.x + plot.width + BAR_GAP, plot.y, BAR, plot.height),
                colours);
        g.dispose();
        return image;
    }

    /** Writes {@link #image(WeightPattern, double, double, int, int)} to a PNG file, creating its directory. */
    public static void writePng(WeightPattern pattern, double sx, double sy, int width, int height, Path file)
            throws IOException {
        TopologyPicture.writePng(image(pattern, sx, sy, width, height), file);
    }

    /**
     * Where the map lies in a {@code width} × {@code height} picture: a square, target (-1, 1) at its
     * top-left pixel.
     *
     * @throws IllegalArgumentException if the picture is smaller than {@value #MIN_WIDTH} × {@value #MIN_HEIGHT}
     */
    public static Rectangle plotArea(int width, int height) {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new IllegalArgumentException("a heat map needs at least " + MIN_WIDTH + " × " + MIN_HEIGHT
                    + " pixels, not " + width + " × " + height);
        }
        int side = Math.min(width - LEFT - BAR_GAP - BAR - BAR_LABELS, height - TOP - BOTTOM);
        int left = LEFT + Math.max(0, (width - LEFT - BAR_GAP - BAR - BAR_LABELS - side) / 2);
        return new Rectangle(left, TOP, side, side);
    }

    /** The pixel of target ({@code tx}, {@code ty}) in a map drawn in {@code plot}. */
    public static Point pixel(Rectangle plot, double tx, double ty) {
        return HeatMapPainter.pixel(plot, tx, ty);
    }
}
