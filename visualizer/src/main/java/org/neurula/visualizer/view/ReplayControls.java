package org.neurula.visualizer.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;
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
public final class ReplayControls extends JPanel {

    /** Time between frames while playing. */
    public static final int FRAME_MILLIS = 120;

    private static final long serialVersionUID = 1L;

    private final transient WeightTrace trace;
    private final transient Graph graph;
    private final double scale;
    private final JSlider slider;
    private final JButton playPause = new JButton("Play");
    private final JLabel status = new JLabel();
    private final Timer timer;
    private boolean weightLabels;

    /**
     * Controls over {@code trace} acting on {@code graph} (built by {@link TopologyGraph}); shows step 0
     * at once. {@code weightLabels}: whether the graph shows weights, which are then updated too.
     */
    public ReplayControls(WeightTrace trace, Graph graph, boolean weightLabels) {
        super(new BorderLayout(8, 0));
        if (trace.steps() == 0) {
            throw new IllegalArgumentException("a lifetime of no steps cannot be replayed");
        }
        this.trace = trace;
        this.graph = graph;
        this.weightLabels = weightLabels;
        this.scale = trace.maxAbsWeight();
        this.slider = new JSlider(0, trace.steps() - 1, 0);
        this.timer = new Timer(FRAME_MILLIS, e -> advance());
        slider.setFocusable(false);
        slider.addChangeListener(e -> applyCurrent());
        playPause.setFocusable(false);
        playPause.addActionListener(e -> togglePlay());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(new JLabel("Lifetime"));
        buttons.add(playPause);
        status.setPreferredSize(new java.awt.Dimension(status.getFontMetrics(status.getFont())
                .stringWidth(stepText(trace, trace.steps() - 1).replaceAll("[0-9]", "0") + "00") + 8,
                status.getPreferredSize().height));
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(buttons, BorderLayout.WEST);
        add(slider, BorderLayout.CENTER);
        add(status, BorderLayout.EAST);
        applyCurrent();
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
        int target = Math.max(0, Math.min(trace.steps() - 1, step));
        if (target == slider.getValue()) {
            applyCurrent();
        } else {
            slider.setValue(target); // the slider's listener applies it
        }
    }

    /** The step shown. */
    public int step() {
        return slider.getValue();
    }

    /** The number of steps, frame 0 included. */
    public int steps() {
        return trace.steps();
    }

    /** Whether the replay is playing. */
    public boolean isPlaying() {
        return timer.isRunning();
    }

    /** Plays from the step shown (from the start when at the end), or pauses. */
    public void togglePlay() {
        if (timer.isRunning()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from the step shown, or from the start when at the end. */
    public void play() {
        if (step() >= trace.steps() - 1) {
            showStep(0);
        }
        timer.start();
        playPause.setText("Pause");
    }

    /** Pauses. */
    public void pause() {
        timer.stop();
        playPause.setText("Play");
    }

    /** Whether weight labels are to be updated, after the graph was rebuilt with or without them. */
    public void setWeightLabels(boolean weightLabels) {
        this.weightLabels = weightLabels;
        applyCurrent();
    }

    /** Stops the timer; the controls are not used afterwards. */
    public void dispose() {
        pause();
    }

    /** Applies the step shown again, after the graph was rebuilt. */
    public void reapply() {
        applyCurrent();
    }

    private void advance() {
        if (step() >= trace.steps() - 1) {
            pause();
        } else {
            showStep(step() + 1);
        }
    }

    private void applyCurrent() {
        int step = slider.getValue();
        applyFrame(graph, trace, step, scale, weightLabels);
        status.setText(stepText(trace, step));
    }
}
