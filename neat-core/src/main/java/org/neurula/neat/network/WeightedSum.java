package org.neurula.neat.network;

/**
 * The inner loop of every compiled network: a node's bias plus the weighted sum of its sources.
 * Two independent fused multiply-add chains halve the dependent latency; with the short fan-ins of
 * evolved networks, two measured faster than one, four or eight (JMH, ActivationBenchmark).
 */
final class WeightedSum {

    private WeightedSum() {
    }

    /** {@code bias + Σ w[c]·v[src[c]]} for {@code c} in {@code [from, to)}. */
    static double of(double bias, double[] w, double[] v, int[] src, int from, int to) {
        double s0 = bias;
        double s1 = 0.0;
        int c = from;
        for (int last = to - 1; c < last; c += 2) {
            s0 = Math.fma(w[c], v[src[c]], s0);
            s1 = Math.fma(w[c + 1], v[src[c + 1]], s1);
        }
        if (c < to) {
            s0 = Math.fma(w[c], v[src[c]], s0);
        }
        return s0 + s1;
    }
}
