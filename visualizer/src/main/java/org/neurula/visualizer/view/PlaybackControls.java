package org.neurula.visualizer.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;

/**
 * A slider over the positions of something that plays back (the steps of a lifetime, the cycles of a
 * growth), with Play/Pause and a label saying what the position shows: the part {@link ReplayControls}
 * and {@link GrowthControls} share. A subclass shows a position in {@link #show}; playing advances one
 * position per frame and stops at the last. Use on the Swing event thread.
 */
public abstract class PlaybackControls extends JPanel {

    private static final long serialVersionUID = 1L;

    private final JSlider slider;
    private final JButton playPause = new JButton("Play");
    private final JLabel status = new JLabel();
    private final Timer timer;

    /**
     * Controls named {@code title} over {@code positions} positions starting at {@code initial}, playing
     * one every {@code frameMillis}; with {@code whileDragging} a position is shown as the slider moves,
     * otherwise when it is let go. The subclass calls {@link #start} once it can show positions.
     */
    protected PlaybackControls(String title, int positions, int initial, int frameMillis, boolean whileDragging) {
        super(new BorderLayout(8, 0));
        if (positions < 1) {
            throw new IllegalArgumentException("nothing to play back: " + positions + " positions");
        }
        this.slider = new JSlider(0, positions - 1, initial);
        this.timer = new Timer(frameMillis, e -> advance());
        slider.setFocusable(false);
        slider.addChangeListener(e -> {
            if (whileDragging || !slider.getValueIsAdjusting()) {
                applyCurrent();
            }
        });
        playPause.setFocusable(false);
        playPause.addActionListener(e -> togglePlay());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(new JLabel(title));
        buttons.add(playPause);
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(buttons, BorderLayout.WEST);
        add(slider, BorderLayout.CENTER);
        add(status, BorderLayout.EAST);
    }

    /**
     * Shows position {@code position}: applies it to what is displayed and returns the label's text for it.
     */
    protected abstract String show(int position);

    /** Sizes the label for its longest text, {@code widest}, and shows the starting position. */
    protected final void start(String widest) {
        status.setPreferredSize(new Dimension(status.getFontMetrics(status.getFont()).stringWidth(widest) + 16,
                status.getPreferredSize().height));
        applyCurrent();
    }

    /** The slider, for a subclass that marks its positions. */
    protected final JSlider slider() {
        return slider;
    }

    /** Shows position {@code position}, clamped to the positions there are. */
    public final void showPosition(int position) {
        int target = Math.max(0, Math.min(positions() - 1, position));
        if (target == slider.getValue()) {
            applyCurrent();
        } else {
            slider.setValue(target); // the slider's listener applies it
        }
    }

    /** The position shown. */
    public final int position() {
        return slider.getValue();
    }

    /** The number of positions. */
    public final int positions() {
        return slider.getMaximum() + 1;
    }

    /** What the label says now. */
    public final String statusText() {
        return status.getText();
    }

    /** Whether it is playing. */
    public final boolean isPlaying() {
        return timer.isRunning();
    }

    /** Plays from the position shown (from the first when at the last), or pauses. */
    public final void togglePlay() {
        if (timer.isRunning()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from the position shown, or from the first when at the last. */
    public final void play() {
        if (position() >= positions() - 1) {
            showPosition(0);
        }
        timer.start();
        playPause.setText("Pause");
    }

    /** Pauses. */
    public final void pause() {
        timer.stop();
        playPause.setText("Play");
    }

    /** Stops the timer; the controls are not used afterwards. */
    public final void dispose() {
        pause();
    }

    /** Shows the position shown again (after what it acts on was rebuilt). */
    protected final void applyCurrent() {
        status.setText(show(slider.getValue()));
    }

    private void advance() {
        if (position() >= positions() - 1) {
            pause();
        } else {
            showPosition(position() + 1);
        }
    }
}
