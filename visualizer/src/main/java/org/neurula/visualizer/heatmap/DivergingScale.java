package org.neurula.visualizer.heatmap;

import java.awt.Color;
import org.neurula.visualizer.topology.TopologyStyle;

/**
 * A colour scale symmetric about zero: white at 0, fading to the topology drawings' red for
 * negative weights and blue for positive ones, saturated at ±{@link #limit()}; NaN is grey.
 *
 * @param limit the |weight| drawn fully saturated (positive)
 */
public record DivergingScale(double limit) {

    /** The colour of the most negative weights. */
    public static final Color NEGATIVE = Color.decode(TopologyStyle.INHIBITORY);
    /** The colour of zero. */
    public static final Color ZERO = Color.WHITE;
    /** The colour of the most positive weights. */
    public static final Color POSITIVE = Color.decode(TopologyStyle.EXCITATORY);
    /** The colour of NaN (no value). */
    public static final Color MISSING = new Color(0x9a9a9a);

    /** Requires a positive, finite limit. */
    public DivergingScale {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("a colour scale needs a positive finite limit, not " + limit);
        }
    }

    /** The scale saturating at the largest |value| of {@code values} (ignoring NaN), or at 1 when all are 0. */
    public static DivergingScale covering(double... values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return new DivergingScale(max > 0 ? max : 1);
    }

    /** The colour of {@code value}. */
    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = Math.max(-1, Math.min(1, value / limit));
        Color end = t < 0 ? NEGATIVE : POSITIVE;
        double f = Math.abs(t);
        return new Color(mix(ZERO.getRed(), end.getRed(), f), mix(ZERO.getGreen(), end.getGreen(), f),
                mix(ZERO.getBlue(), end.getBlue(), f));
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }
}
