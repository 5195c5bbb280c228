package org.neurula.neat.network;

/**
 * How active a network's nodes were over a lifetime ({@link ActivityRecorder}).
 *
 * @param nodes        nodes measured (hidden and output nodes)
 * @param connections  the network's activity-carrying connections (before any pruning)
 * @param lifetimes    lifetimes recorded (a reset ends one)
 * @param activations  activations recorded
 * @param dormantRatio share of measured nodes that are τ-dormant: their mean |value| divided by the mean
 *                     of all measured nodes' mean |value| is at most τ (the dormant-neuron score of Sokar,
 *                     Agarwal, Castro &amp; Evci 2023, over all nodes instead of per layer); 1 when no node
 *                     ever moved from 0
 * @param sparsity     share of (node, activation) values within {@link ActivityRecorder#NEAR_ZERO} of 0
 * @param weightDrift  mean |weight change| per connection at the end of a lifetime, averaged over the
 *                     lifetimes recorded (0 for a static network)
 * @param prunedShare  share of the activity-carrying connections pruned by the end of a lifetime,
 *                     averaged over the lifetimes recorded (0 for a network that does not prune)
 */
public record NetworkActivity(int nodes, int connections, int lifetimes, long activations, double dormantRatio, double sparsity,
        double weightDrift, double prunedShare) {

    /** Mean activations per lifetime (0 when none was recorded). */
    public double activationsPerLifetime() {
        return lifetimes == 0 ? 0 : (double) activations / lifetimes;
    }
}
