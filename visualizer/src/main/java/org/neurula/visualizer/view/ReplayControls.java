package org.neurula.visualizer.view;

import java.util.Locale;
import org.graphstream.graph.Graph;
import org.neurula.visualizer.replay.ReplayFrames;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.visualizer.topology.TopologyGraph;

/**
 * Lifetime replay of a plastic network: a slider over the activation steps of a {@link WeightTrace},
 * Play/Pause, and a label with the step and the reward of that step. Each step shown restyles the
 * traced connections of the displayed graph with that step's weights, all at the width scale of the
 * strongest weight of the whole lifetime, so frames compare. Use on the Swing event thread.
 */
public final class ReplayControls extends PlaybackControls {

    /** Time between frames while playing. */
    public static final int FRAME_MILLIS = 120;

    private static final long serialVersionUID = 1L;

    private final transient WeightTrace trace;
    private final transient Graph graph;
    private final double scale;
    private boolean weightLabels;

    /**
     * Controls over {@code trace} acting on {@code graph} (built by {@link TopologyGraph}); shows step 0
     * at once. {@code weightLabels}: whether the graph shows weights, which are then updated too.
     */
    public ReplayControls(WeightTrace trace, Graph graph, boolean weightLabels) {
        super("Lifetime", steps(trace), 0, FRAME_MILLIS, true);
        this.trace = trace;
        this.graph = graph;
        this.weightLabels = weightLabels;
        this.scale = trace.maxAbsWeight();
        start(stepText(trace, trace.steps() - 1).replaceAll("[0-9]", "0") + "00");
    }

    private static int steps(WeightTrace trace) {
        if (trace.steps() == 0) {
            throw new IllegalArgumentException("a lifetime of no steps cannot be replayed");
        }
        return trace.steps();
    }

    /**
     * Sets the weights of step {@code step} on the edges of {@code graph} with ids
     * {@code "c" + innovation}, at width scale {@code scale}, and their weight labels when
     * {@code weightLabels}; edges not in the graph are skipped.
     *
     * @return the number of edges restyled
     * @throws IndexOutOfBoundsException if {@code step} is not a step of the trace
     */
    public static int applyFrame(Graph graph, WeightTrace trace, int step, double scale, boolean weightLabels) {
        return ReplayFrames.apply(graph, trace, step, scale, weightLabels);
    }

    /** "step 3 of 40, reward 0.50, lifetime fitness 12.3400" for {@code step}. */
    public static String stepText(WeightTrace trace, int step) {
        String text = String.format(Locale.ROOT, "step %d of %d, reward %.2f, lifetime fitness %.4f", step,
                trace.steps() - 1, trace.rewards()[step], trace.fitness());
        return trace.live() == null ? text : text + String.format(Locale.ROOT, ", %d of %d connections pruned",
                trace.prunedAt(step), trace.innovations().length);
    }

    /** Shows step {@code step}, clamped to the lifetime. */
    public void showStep(int step) {
        showPosition(step);
    }

    /** The step shown. */
    public int step() {
        return position();
    }

    /** The number of steps, frame 0 included. */
    public int steps() {
        return positions();
    }

    /** Whether weight labels are to be updated, after the graph was rebuilt with or without them. */
    public void setWeightLabels(boolean weightLabels) {
        this.weightLabels = weightLabels;
        applyCurrent();
    }

    /** Applies the step shown again, after the graph was rebuilt. */
    public void reapply() {
        applyCurrent();
    }

    @Override
    protected String show(int step) {
        applyFrame(graph, trace, step, scale, weightLabels);
        return stepText(trace, step);
    }
}
