package org.neurula.developmental.hyperneat;

import org.neurula.developmental.cppn.CppnLayout;

/**
 * How a CPPN's outputs for one candidate connection become a substrate connection (HyperNEAT's rule,
 * {@link HyperNeatParameters}): with a link expression output, the connection exists when that output
 * is positive and weighs w·maxWeight; without one, it exists when |w| exceeds the threshold and weighs
 * (|w| − threshold)/(1 − threshold)·maxWeight·sign(w). The weight output w is clipped to [-1, 1]
 * first (NaN counts as 0).
 *
 * @param threshold  the weight threshold (0 for ES-HyperNEAT, whose bands decide expression)
 * @param maxWeight  the largest weight magnitude
 * @param expression the index of the link expression output, or -1
 */
public record ExpressionRule(double threshold, double maxWeight, int expression) {

    /** The rule of HyperNEAT's decoder for these settings and this CPPN layout. */
    public static ExpressionRule of(HyperNeatParameters parameters, CppnLayout layout) {
        return new ExpressionRule(parameters.weightThreshold(), parameters.maxWeight(), layout.expressionIndex());
    }

    /** The weight of the connection whose CPPN outputs are {@code out}, or NaN if it is not expressed. */
    public double weight(double[] out) {
        return weight(out, 0);
    }

    /** The weight of the connection whose CPPN outputs start at {@code out[at]}, or NaN if it is not expressed. */
    public double weight(double[] out, int at) {
        double w = clip(out[at]);
        if (expression >= 0) {
            return out[at + expression] > 0.0 ? w * maxWeight : Double.NaN;
        }
        double magnitude = Math.abs(w);
        if (!(magnitude > threshold)) {
            return Double.NaN;
        }
        return Math.copySign((magnitude - threshold) / (1.0 - threshold) * maxWeight, w);
    }

    /** {@code x} clipped to [-1, 1]; NaN becomes 0, so a broken CPPN expresses nothing through its weight. */
    public static double clip(double x) {
        return x > 1.0 ? 1.0 : x < -1.0 ? -1.0 : x == x ? x : 0.0;
    }
}
