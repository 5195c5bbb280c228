package org.neurula.visualizer.view;

import java.util.function.IntConsumer;
import org.neurula.visualizer.replay.GrowthFrames;

/**
 * Growth of a network from one cell, in the window: a slider over the pictures {@link GrowthFrames}
 * makes (one per growth cycle, and one after the first pruning of a pruning network), Play/Pause, and
 * a label saying what the picture shows. Moving the slider hands the picture's number to the window,
 * which draws that picture's genome ({@link GrowthFrames#frameGenome}). Use on the Swing event thread.
 */
public final class GrowthControls extends PlaybackControls {

    /** Time between pictures while playing: slower than a lifetime replay, as each one adds cells. */
    public static final int FRAME_MILLIS = 700;

    private static final long serialVersionUID = 1L;

    private final transient GrowthFrames.Growth growth;
    private final transient IntConsumer show;

    /**
     * Controls over {@code growth} that call {@code show} with each picture chosen; shows the last
     * picture (the grown network, pruned if it prunes) at once.
     */
    public GrowthControls(GrowthFrames.Growth growth, IntConsumer show) {
        super("Growth", GrowthFrames.frameCount(growth), GrowthFrames.frameCount(growth) - 1, FRAME_MILLIS, false);
        this.growth = growth;
        this.show = show;
        slider().setMajorTickSpacing(1);
        slider().setPaintTicks(true);
        slider().setSnapToTicks(true);
        String widest = "";
        for (int frame = 0; frame < positions(); frame++) {
            String caption = GrowthFrames.caption(growth, frame);
            widest = caption.length() > widest.length() ? caption : widest;
        }
        start(widest);
    }

    /** The growth these controls play. */
    public GrowthFrames.Growth growth() {
        return growth;
    }

    /** Shows picture {@code frame}, clamped to the pictures there are. */
    public void showFrame(int frame) {
        showPosition(frame);
    }

    /** The picture shown. */
    public int frame() {
        return position();
    }

    /** The number of pictures. */
    public int frames() {
        return positions();
    }

    /** What the picture shown is, e.g. "growth cycle 2 of 4: 7 cells, 12 connections". */
    public String caption() {
        return statusText();
    }

    @Override
    protected String show(int frame) {
        show.accept(frame);
        return GrowthFrames.caption(growth, frame);
    }
}
