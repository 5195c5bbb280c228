package org.neurula.neat.network;

import java.util.Arrays;

/**
 * A network that measures the activity of another while a task runs it: after every activation it
 * reads the node values and adds up, per measured node, |value| and how often it was near 0; at every
 * {@link #reset()} (the end of a lifetime) and at {@link #activity()} it notes how far a plastic
 * network's weights moved from the genome's and what share of its synapses a pruning network removed. Everything else is the wrapped network's. Allocates nothing
 * per activation.
 */
public final class ActivityRecorder extends ForwardingNetwork {

    /** Values within this distance of 0 count as silent for the sparsity. */
    public static final double NEAR_ZERO = 0.01;

    private final Network network;
    private final int[] measured;
    private final double tau;
    private final double[] values;
    private final double[] absoluteSums;
    private long nearZero;
    private long activations;
    private final double[] startWeights;
    private final double[] nowWeights;
    private double driftSum;
    private double prunedSum;
    private int lifetimes;
    private boolean moved;
    /** The live-synapse flags of the first lifetime in which the network pruned, once it has. */
    private boolean[] firstPruning;

    /**
     * Records {@code network}'s nodes whose {@code measure} flag is set (blueprint node order), with
     * dormancy threshold {@code tau}.
     */
    public ActivityRecorder(Network network, boolean[] measure, double tau) {
        super(network);
        if (measure.length != network.nodeCount()) {
            throw new IllegalArgumentException("flags for " + measure.length + " nodes, the network has "
                    + network.nodeCount());
        }
        this.network = network;
        int count = 0;
        for (boolean m : measure) {
            count += m ? 1 : 0;
        }
        this.measured = new int[count];
        for (int i = 0, k = 0; i < measure.length; i++) {
            if (measure[i]) {
                measured[k++] = i;
            }
        }
        this.tau = tau;
        this.values = new double[network.nodeCount()];
        this.absoluteSums = new double[count];
        boolean plastic = network.isPlastic();
        this.startWeights = plastic ? new double[network.connectionCount()] : null;
        this.nowWeights = plastic ? new double[network.connectionCount()] : null;
        if (plastic) {
            network.weights(startWeights);
        }
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        network.activate(inputs, outputs);
        network.nodeValues(values);
        for (int k = 0; k < measured.length; k++) {
            double a = Math.abs(values[measured[k]]);
            absoluteSums[k] += a;
            nearZero += a < NEAR_ZERO ? 1 : 0;
        }
        activations++;
        moved = true;
        if (firstPruning == null && network.prunedConnectionCount() > 0) {
            firstPruning = new boolean[network.connectionCount()];
            network.liveConnections(firstPruning);
        }
    }

    /**
     * Which synapses (in the order of {@link #weights}) were still live right after the network first
     * pruned, or null if it has not pruned.
     */
    public boolean[] firstPruning() {
        return firstPruning == null ? null : firstPruning.clone();
    }

    private void endLifetime() {
        if (!moved) {
            return;
        }
        if (startWeights != null) {
            network.weights(nowWeights);
            double sum = 0;
            for (int k = 0; k < nowWeights.length; k++) {
                sum += Math.abs(nowWeights[k] - startWeights[k]);
            }
            driftSum += nowWeights.length == 0 ? 0 : sum / nowWeights.length;
        }
        int connections = network.connectionCount();
        prunedSum += connections == 0 ? 0 : (double) network.prunedConnectionCount() / connections;
        lifetimes++;
        moved = false;
    }

    @Override
    public void reset() {
        endLifetime();
        network.reset();
    }

    /** The activity recorded so far (ends the current lifetime for the weight drift). */
    public NetworkActivity activity() {
        endLifetime();
        int n = measured.length;
        double mean = 0;
        for (double s : absoluteSums) {
            mean += s;
        }
        mean = n == 0 ? 0 : mean / n;
        int dormant = 0;
        for (double s : absoluteSums) {
            dormant += mean == 0 || s / mean <= tau ? 1 : 0;
        }
        return new NetworkActivity(n, network.connectionCount(), lifetimes, activations, n == 0 ? 0 : (double) dormant / n,
                activations == 0 || n == 0 ? 0 : (double) nearZero / ((double) activations * n),
                lifetimes == 0 ? 0 : driftSum / lifetimes, lifetimes == 0 ? 0 : prunedSum / lifetimes);
    }

    /** The measured nodes' mean |value| so far, in the order of their flags. */
    public double[] meanAbsoluteValues() {
        double[] means = Arrays.copyOf(absoluteSums, absoluteSums.length);
        for (int k = 0; k < means.length; k++) {
            means[k] = activations == 0 ? 0 : means[k] / activations;
        }
        return means;
    }
}
