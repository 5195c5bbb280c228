package org.neurula.visualizer.heatmap;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.neurula.neat.geometry.Positions;
import org.neurula.visualizer.topology.TopologyPicture;

/**
 * A grid of small {@link HeatMap}s, one per source point of a sheet (HyperNEAT's receptive fields at
 * a glance), sharing one colour scale and one colour bar. Sources that form a regular grid are drawn
 * where they lie — columns by source x, rows by source y with the highest at the top; other source
 * sets in rows, in the order given. Each cell covers the target square [-1, 1]² and marks its source.
 */
public final class HeatMapGrid {

    private static final int TOP = 30;
    private static final int BOTTOM = 24;
    private static final int MARGIN = 10;
    private static final int GAP = 3;
    private static final int BAR = 16;
    private static final int BAR_GAP = 18;
    private static final int BAR_LABELS = 56;
    /** The smallest cell drawn, in pixels. */
    public static final int MIN_CELL = 6;

    private HeatMapGrid() {
    }

    /** The grid of {@code pattern}'s maps from each of {@code sources} (2-D or 3-D; z is not used). */
    public static BufferedImage image(WeightPattern pattern, Positions sources, int width, int height) {
        return image(pattern, points(sources), "weights from each source (rows: source y, columns: source x)",
                width, height);
    }

    /**
     * The grid of {@code pattern}'s maps from each of {@code sources}, points (x, y).
     *
     * @throws IllegalArgumentException if there are no sources or the cells would be smaller than
     *                                  {@value #MIN_CELL} pixels
     */
    public static BufferedImage image(WeightPattern pattern, List<double[]> sources, String title, int width,
            int height) {
        List<Rectangle> cells = cells(sources, width, height);
        int side = cells.getFirst().width;
        List<double[]> values = new ArrayList<>();
        double max = 0;
        for (double[] s : sources) {
            double[] v = HeatMapPainter.sample(pattern.from(s[0], s[1]), side);
            for (double w : v) {
                if (Double.isFinite(w)) {
                    max = Math.max(max, Math.abs(w));
                }
            }
            values.add(v);
        }
        DivergingScale scale = new DivergingScale(max > 0 ? max : 1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = HeatMapPainter.canvas(image);
        HeatMapPainter.paintTitle(g, title, width, 20);
        for (int k = 0; k < sources.size(); k++) {
            Rectangle cell = cells.get(k);
            HeatMapPainter.paintMap(image, g, cell, values.get(k), scale);
            HeatMapPainter.paintSource(g, cell, sources.get(k)[0], sources.get(k)[1], Math.max(1.5, side / 12.0));
        }
        int gridRight = 0;
        int gridBottom = 0;
        for (Rectangle cell : cells) {
            gridRight = Math.max(gridRight, cell.x + cell.width);
            gridBottom = Math.max(gridBottom, cell.y + cell.height);
        }
        HeatMapPainter.paintColourBar(image, g, new Rectangle(gridRight + BAR_GAP, TOP + 14, BAR,
                Math.max(20, gridBottom - TOP - 14)), scale);
        g.setColor(HeatMapPainter.TEXT);
        g.drawString("each cell: targets over [-1, 1]\u00b2, the ring its source", MARGIN, height - 8);
        g.dispose();
        return image;
    }

    /** Writes {@link #image(WeightPattern, Positions, int, int)} to a PNG file, creating its directory. */
    public static void writePng(WeightPattern pattern, Positions sources, int width, int height, Path file)
            throws IOException {
        TopologyPicture.writePng(image(pattern, sources, width, height), file);
    }

    /**
     * Where the map of each source lies in a {@code width} × {@code height} picture, in source order;
     * all cells are squares of the same size.
     *
     * @throws IllegalArgumentException if there are no sources or the cells would be too small
     */
    public static List<Rectangle> cells(List<double[]> sources, int width, int height) {
        int n = sources.size();
        if (n == 0) {
            throw new IllegalArgumentException("a grid of heat maps needs at least one source");
        }
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] s : sources) {
            xs.add(s[0] + 0.0);
            ys.add(s[1] + 0.0);
            distinct.add(List.of(s[0] + 0.0, s[1] + 0.0));
        }
        boolean regular = distinct.size() == n && (long) xs.size() * ys.size() == n;
        int columns = regular ? xs.size() : (int) Math.ceil(Math.sqrt(n));
        int rows = regular ? ys.size() : (n + columns - 1) / columns;
        int areaWidth = width - 2 * MARGIN - BAR_GAP - BAR - BAR_LABELS;
        int areaHeight = height - TOP - BOTTOM;
        int side = Math.min((areaWidth - (columns - 1) * GAP) / columns, (areaHeight - (rows - 1) * GAP) / rows);
        if (side < MIN_CELL) {
            throw new IllegalArgumentException(n + " heat maps do not fit " + width + " × " + height
                    + " pixels (cells of at least " + MIN_CELL + " pixels); draw a larger picture");
        }
        int left = MARGIN + Math.max(0, (areaWidth - columns * side - (columns - 1) * GAP) / 2);
        List<Double> xOrder = new ArrayList<>(xs);
        List<Double> yOrder = new ArrayList<>(ys.descendingSet());
        List<Rectangle> cells = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int column = regular ? xOrder.indexOf(sources.get(k)[0] + 0.0) : k % columns;
            int row = regular ? yOrder.indexOf(sources.get(k)[1] + 0.0) : k / columns;
            cells.add(new Rectangle(left + column * (side + GAP), TOP + row * (side + GAP), side, side));
        }
        return cells;
    }

    private static List<double[]> points(Positions sources) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < sources.count(); i++) {
            points.add(new double[] {sources.coordinate(i, 0), sources.coordinate(i, 1)});
        }
        return points;
    }
}
