package org.neurula.visualizer.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;
import org.neurula.visualizer.replay.GrowthFrames;

/**
 * Growth of a network from one cell, in the window: a slider over the pictures {@link GrowthFrames}
 * makes (one per growth cycle, and one after the first pruning of a pruning network), Play/Pause, and
 * a label saying what the picture shows. Moving the slider hands the picture's number to the window,
 * which draws that picture's genome ({@link GrowthFrames#frameGenome}). Use on the Swing event thread.
 */
public final class GrowthControls extends JPanel {

    /** Time between pictures while playing: slower than a lifetime replay, as each one adds cells. */
    public static final int FRAME_MILLIS = 700;

    private static final long serialVersionUID = 1L;

    private final transient GrowthFrames.Growth growth;
    private final transient IntConsumer show;
    private final JSlider slider;
    private final JButton playPause = new JButton("Play");
    private final JLabel status = new JLabel();
    private final Timer timer;

    /**
     * Controls over {@code growth} that call {@code show} with each picture chosen; shows the last
     * picture (the grown network, pruned if it prunes) at once.
     */
    public GrowthControls(GrowthFrames.Growth growth, IntConsumer show) {
        super(new BorderLayout(8, 0));
        this.growth = growth;
        this.show = show;
        int frames = GrowthFrames.frameCount(growth);
        this.slider = new JSlider(0, frames - 1, frames - 1);
        this.timer = new Timer(FRAME_MILLIS, e -> advance());
        slider.setFocusable(false);
        slider.setMajorTickSpacing(1);
        slider.setPaintTicks(true);
        slider.setSnapToTicks(true);
        slider.addChangeListener(e -> {
            if (!slider.getValueIsAdjusting()) {
                applyCurrent();
            }
        });
        playPause.setFocusable(false);
        playPause.addActionListener(e -> togglePlay());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(new JLabel("Growth"));
        buttons.add(playPause);
        int widest = 0;
        for (int frame = 0; frame < frames; frame++) {
            widest = Math.max(widest, status.getFontMetrics(status.getFont())
                    .stringWidth(GrowthFrames.caption(growth, frame)));
        }
        status.setPreferredSize(new java.awt.Dimension(widest + 16, status.getPreferredSize().height));
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(buttons, BorderLayout.WEST);
        add(slider, BorderLayout.CENTER);
        add(status, BorderLayout.EAST);
        applyCurrent();
    }

    /** Shows picture {@code frame}, clamped to the pictures there are. */
    public void showFrame(int frame) {
        int target = Math.max(0, Math.min(frames() - 1, frame));
        if (target == slider.getValue()) {
            applyCurrent();
        } else {
            slider.setValue(target); // the slider's listener applies it
        }
    }

    /** The picture shown. */
    public int frame() {
        return slider.getValue();
    }

    /** The number of pictures. */
    public int frames() {
        return GrowthFrames.frameCount(growth);
    }

    /** What the picture shown is, e.g. "growth cycle 2 of 4: 7 cells, 12 connections". */
    public String caption() {
        return status.getText();
    }

    /** Whether the growth is playing. */
    public boolean isPlaying() {
        return timer.isRunning();
    }

    /** Plays from the picture shown (from the seed when at the end), or pauses. */
    public void togglePlay() {
        if (timer.isRunning()) {
            pause();
        } else {
            if (frame() >= frames() - 1) {
                showFrame(0);
            }
            timer.start();
            playPause.setText("Pause");
        }
    }

    /** Pauses. */
    public void pause() {
        timer.stop();
        playPause.setText("Play");
    }

    /** Stops the timer; the controls are not used afterwards. */
    public void dispose() {
        pause();
    }

    private void advance() {
        if (frame() >= frames() - 1) {
            pause();
        } else {
            showFrame(frame() + 1);
        }
    }

    private void applyCurrent() {
        int frame = slider.getValue();
        status.setText(GrowthFrames.caption(growth, frame));
        show.accept(frame);
    }
}
