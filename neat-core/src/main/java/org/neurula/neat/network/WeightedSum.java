package org.neurula.neat.network;

/**
 * The inner loop of every compiled network: a node's bias plus the weighted sum of its sources.
 * Four independent fused multiply-add chains hide the latency of each FMA, so long fan-ins run at
 * the speed of the loads rather than of one dependent chain.
 */
final class WeightedSum {

    private WeightedSum() {
    }

    /** {@code bias + Σ w[c]·v[src[c]]} for {@code c} in {@code [from, to)}. */
    static double of(double bias, double[] w, double[] v, int[] src, int from, int to) {
        double s0 = bias;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int c = from;
        for (int last = to - 3; c < last; c += 4) {
            s0 = Math.fma(w[c], v[src[c]], s0);
            s1 = Math.fma(w[c + 1], v[src[c + 1]], s1);
            s2 = Math.fma(w[c + 2], v[src[c + 2]], s2);
            s3 = Math.fma(w[c + 3], v[src[c + 3]], s3);
        }
        for (; c < to; c++) {
            s0 = Math.fma(w[c], v[src[c]], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
