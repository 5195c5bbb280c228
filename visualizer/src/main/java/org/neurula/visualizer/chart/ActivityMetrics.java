package org.neurula.visualizer.chart;

import java.util.Arrays;

/**
 * The generation champions' activity over one lifetime, per generation, as {@code metrics.jsonl}
 * records it under {@code championActivity}; {@link Double#NaN} where a line has none (a run written
 * before it was recorded, a developmental program's vector, a genome that did not decode).
 *
 * @param dormantRatio share of hidden and output nodes whose mean |activation| is at most τ of the mean
 * @param sparsity     share of activations within 0.01 of zero
 * @param weightDrift  mean |weight change| over the lifetime (0 for a static network)
 * @param prunedShare  share of synapses the network pruned during the lifetime (0 without pruning)
 */
public record ActivityMetrics(double[] dormantRatio, double[] sparsity, double[] weightDrift, double[] prunedShare) {

    /** Checks that the four arrays are parallel and copies them. */
    public ActivityMetrics {
        int n = dormantRatio.length;
        if (sparsity.length != n || weightDrift.length != n || prunedShare.length != n) {
            throw new IllegalArgumentException("every activity array needs one element per generation (" + n + ")");
        }
        dormantRatio = dormantRatio.clone();
        sparsity = sparsity.clone();
        weightDrift = weightDrift.clone();
        prunedShare = prunedShare.clone();
    }

    /** {@code n} generations with nothing recorded. */
    public static ActivityMetrics notRecorded(int n) {
        double[] none = new double[n];
        Arrays.fill(none, Double.NaN);
        return new ActivityMetrics(none, none, none, none);
    }

    /** The number of generations. */
    public int size() {
        return dormantRatio.length;
    }

    @Override
    public double[] dormantRatio() {
        return dormantRatio.clone();
    }

    @Override
    public double[] sparsity() {
        return sparsity.clone();
    }

    @Override
    public double[] weightDrift() {
        return weightDrift.clone();
    }

    @Override
    public double[] prunedShare() {
        return prunedShare.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivityMetrics a
                && Arrays.equals(dormantRatio, a.dormantRatio)
                && Arrays.equals(sparsity, a.sparsity)
                && Arrays.equals(weightDrift, a.weightDrift)
                && Arrays.equals(prunedShare, a.prunedShare);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(dormantRatio);
        h = 31 * h + Arrays.hashCode(sparsity);
        h = 31 * h + Arrays.hashCode(weightDrift);
        return 31 * h + Arrays.hashCode(prunedShare);
    }

    @Override
    public String toString() {
        return "ActivityMetrics[" + dormantRatio.length + " generations]";
    }
}
