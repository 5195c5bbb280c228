package org.neurula.visualizer.topology;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.graphstream.graph.Graph;

/**
 * A rendered topology picture with its legend in a column on the right, so that a PNG read on its
 * own says what its colours and shapes mean, followed by the graph's notes ({@link #NOTES}) when it has
 * some. Pictures too small for a legend are drawn without one.
 */
public final class PictureLegend {

    /** Width of the legend column in pixels. */
    public static final int WIDTH = 170;
    private static final int ROW = 18;
    private static final int MARK = 14;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** The legend font's measures, for wrapping notes (an off-screen image's, so it works headless). */
    private static final java.awt.FontMetrics METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
            .createGraphics().getFontMetrics(FONT);
    /**
     * Graph attribute of extra legend lines (such as how many of a grown network's connections are
     * drawn), separated by {@code \n}; graphs of a genome alone have none.
     */
    public static final String NOTES = "neurula.notes";

    private PictureLegend() {
    }

    /**
     * A {@code width} × {@code height} picture of {@code graph} (built by {@link TopologyGraph}) with
     * the legend beside the drawing; without it when the picture is narrower than three legend columns
     * or shorter than the legend.
     */
    public static BufferedImage image(Graph graph, int width, int height) {
        if (!fits(graph, width, height)) {
            return TopologyPicture.image(graph, width, height);
        }
        List<LegendEntry> entries = entries(graph);
        int needed = (entries.size() + 1) * ROW;
        BufferedImage drawing = TopologyPicture.image(graph, width - WIDTH, height);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(drawing, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FONT);
        int x = width - WIDTH + 8;
        int y = Math.max(8, (height - needed) / 2);
        g.setColor(new Color(0x202020));
        g.drawString("Legend", x, y + ROW - 5);
        for (LegendEntry e : entries) {
            y += ROW;
            int textX = x;
            if (e.mark() != null) {
                e.mark().paint(g, x, y + (ROW - MARK) / 2, MARK, Color.decode(e.colour()));
                textX = x + MARK + 6;
            }
            g.setColor(new Color(0x202020));
            g.drawString(e.text(), textX, y + ROW - 5);
        }
        g.dispose();
        return picture;
    }

    /** Whether a {@code width} × {@code height} picture of {@code graph} has room for the legend. */
    public static boolean fits(Graph graph, int width, int height) {
        return width >= 3 * WIDTH && height >= (entries(graph).size() + 1) * ROW;
    }

    /**
     * The legend's lines: {@link LegendEntry#of} for the graph's activations, then the graph's notes
     * (graph attribute {@value #NOTES}, lines separated by {@code \n}, wrapped to the column).
     */
    private static List<LegendEntry> entries(Graph graph) {
        List<LegendEntry> entries = new java.util.ArrayList<>(LegendEntry.of(activations(graph)));
        for (String note : notes(graph)) {
            for (String line : wrap(note, WIDTH - 14, METRICS)) {
                entries.add(new LegendEntry(null, null, line));
            }
        }
        return entries;
    }

    /** The graph's notes ({@link #NOTES}), one per line; none for a genome alone. */
    public static List<String> notes(Graph graph) {
        return graph.getAttribute(NOTES) instanceof String notes && !notes.isBlank()
                ? List.of(notes.split("\n")) : List.of();
    }

    /** {@code text} in lines at most {@code width} pixels wide in {@code metrics}, broken at spaces. */
    static List<String> wrap(String text, int width, java.awt.FontMetrics metrics) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            if (!line.isEmpty() && metrics.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The activations of the graph's nodes other than inputs and the bias, sorted. */
    public static Collection<String> activations(Graph graph) {
        TreeSet<String> activations = new TreeSet<>();
        graph.nodes().forEach(n -> {
            Object kind = n.getAttribute("neurula.kind");
            if (!"input".equals(kind) && !"bias".equals(kind) && n.getAttribute("neurula.activation") instanceof String a) {
                activations.add(a);
            }
        });
        return activations;
    }
}
