package org.neurula.visualizer.replay;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.neurula.neat.genome.Genome;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.LayeredLayout;
import org.neurula.visualizer.topology.Placement;
import org.neurula.visualizer.topology.TopologyGraph;
import org.neurula.visualizer.topology.TopologyPicture;
import org.neurula.visualizer.topology.TopologyStyle;

/**
 * Pictures of a recorded lifetime: the genome's topology drawn once per chosen step with that step's
 * weights (colour by sign, width by |weight| against the largest |weight| of the whole lifetime, so
 * frames compare; a connection pruned by then thin and grey), captioned with the step and the modulation
 * signal.
 */
public final class ReplayFrames {

    private ReplayFrames() {
    }

    /** {@code count} steps spread evenly over the trace, first and last included, without repeats. */
    public static int[] chooseSteps(WeightTrace trace, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one frame, not " + count);
        }
        int last = trace.steps() - 1;
        int n = Math.min(count, trace.steps());
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = n == 1 ? last : (int) Math.round((double) i * last / (n - 1));
        }
        return steps;
    }

    /** Receives the pictures of a replay one at a time, so that none has to be kept. */
    @FunctionalInterface
    public interface FrameSink {

        /** Takes the picture of {@code step}. */
        void accept(int step, BufferedImage image) throws IOException;
    }

    /** The pictures of {@code steps}, each {@code width} × {@code height}, kept in a list (for a few frames). */
    public static List<BufferedImage> frames(Genome genome, WeightTrace trace, int[] steps, DrawingOptions options,
            int width, int height) {
        List<BufferedImage> images = new ArrayList<>(steps.length);
        try {
            draw(genome, trace, steps, options, width, height, (step, image) -> images.add(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the list sink never throws
        }
        return images;
    }

    /** Draws the pictures of {@code steps} one after the other into {@code sink}. */
    public static void draw(Genome genome, WeightTrace trace, int[] steps, DrawingOptions options, int width,
            int height, FrameSink sink) throws IOException {
        Placement placement = LayeredLayout.of(genome);
        Graph graph = TopologyGraph.build(genome, options, placement, TopologyPicture.nodeSize(placement, width, height));
        double scale = trace.maxAbsWeight();
        for (int step : steps) {
            apply(graph, trace, step, scale, options.weights());
            BufferedImage image = TopologyPicture.image(graph, width, height);
            caption(image, stepCaption(trace, step));
            sink.accept(step, image);
        }
    }

    /**
     * Sets the edges of {@code graph} (ids {@code "c" + innovation}) to the weights of frame {@code step};
     * a connection pruned by then is drawn as a disabled one. Edges not in the graph are skipped.
     *
     * @return the number of edges restyled
     * @throws IndexOutOfBoundsException if {@code step} is not a step of the trace
     */
    public static int apply(Graph graph, WeightTrace trace, int step, double scale, boolean labels) {
        double[] frame = trace.frames()[step];
        int applied = 0;
        for (int k = 0; k < frame.length; k++) {
            Edge edge = graph.getEdge(TopologyGraph.edgeId(trace.innovations()[k]));
            if (edge != null) {
                TopologyGraph.setWeight(edge, frame[k], scale, labels);
                if (!trace.isLive(step, k)) {
                    edge.setAttribute("ui.style", TopologyStyle.edgeStyle(frame[k], scale, false));
                }
                applied++;
            }
        }
        return applied;
    }

    /** The caption of frame {@code step}: the step, the modulation signal and, for a pruning network, the pruned count. */
    static String stepCaption(WeightTrace trace, int step) {
        String text = String.format(Locale.ROOT, "step %d of %d   modulation %.2f", step, trace.steps() - 1,
                trace.rewards()[step]);
        return trace.live() == null ? text : text + String.format(Locale.ROOT, "   pruned %d of %d", trace.prunedAt(step),
                trace.innovations().length);
    }

    static void caption(BufferedImage image, String text) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, image.getHeight() / 40)));
        g.setColor(new Color(0x30, 0x30, 0x30));
        g.drawString(text, 10, image.getHeight() - 10);
        g.dispose();
    }
}
