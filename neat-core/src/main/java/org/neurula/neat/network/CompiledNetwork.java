package org.neurula.neat.network;

import org.neurula.neat.config.PruningParameters;

/**
 * What the two compiled network kinds share: their nodes in {@link NodeGroups}, the weights of the
 * groups' slots (padding included), and the optional learning part that changes them. A static
 * network has no plasticity and pays one null check per activation.
 */
abstract sealed class CompiledNetwork implements Network permits FeedForwardNetwork, RecurrentNetwork {

    /** The computed nodes and their connections. */
    final NodeGroups groups;
    /** The weight of each of the groups' slots; a plastic network changes them (in a copy of its own). */
    final double[] weights;
    /** The learning rule and its state, or null for a static network. */
    SynapticPlasticity plasticity;
    /** The lifetime pruning and its live-synapse mask, or null when the network keeps all its synapses. */
    LifetimePruning pruning;
    /** The position of each blueprint node in the value arrays; set by the compiler. */
    int[] nodePositions;

    /**
     * @param ownWeights whether the network changes its weights during a lifetime (it learns or prunes),
     *                   and so needs a copy of the genome's
     */
    CompiledNetwork(NodeGroups groups, boolean ownWeights) {
        this.groups = groups;
        this.weights = ownWeights ? groups.weights.clone() : groups.weights;
    }

    /** Sets up pruning from {@code settings} when they are enabled; a network without synapses has nothing to prune. */
    final void preparePruning(PruningParameters settings, int[] inputPositions,
            int[] outputPositions) {
        if (settings != null && settings.enabled()) {
            pruning = new LifetimePruning(groups, inputPositions, outputPositions, settings, plasticity != null);
        }
    }

    /** Where {@link NodeGroups#compute} records the slots' target values for the learning rule, or null. */
    final double[] recordedTargets() {
        return plasticity != null ? plasticity.targetValues() : null;
    }

    /** Applies one learning step to the node values {@code v} of the step just taken, if plastic, then the pruning's. */
    final void learn(double[] v) {
        if (plasticity != null) {
            plasticity.update(v, weights);
        }
        if (pruning != null) {
            pruning.afterActivation(v, weights);
        }
    }

    /** Restores the genome's weights and clears the rule's state, if plastic, and every pruned synapse. */
    final void resetLearning() {
        if (plasticity != null) {
            plasticity.reset(weights);
        }
        if (pruning != null) {
            pruning.reset(weights);
        }
    }

    @Override
    public final int prunedConnectionCount() {
        return pruning == null ? 0 : pruning.prunedCount();
    }

    @Override
    public final void liveConnections(boolean[] into) {
        for (int k = 0; k < groups.reported.length; k++) {
            into[k] = pruning == null || !pruning.isPruned(k);
        }
    }

    @Override
    public final int connectionCount() {
        return groups.reported.length;
    }

    @Override
    public final boolean isPlastic() {
        return plasticity != null;
    }

    @Override
    public final void modulate(double signal) {
        if (plasticity != null) {
            plasticity.modulate(signal);
        }
    }

    @Override
    public final void weights(double[] into) {
        int[] reported = groups.reported;
        for (int k = 0; k < reported.length; k++) {
            into[k] = weights[reported[k]];
        }
    }

    /** The node values after the last activation, by position. */
    abstract double[] currentValues();

    @Override
    public final int nodeCount() {
        return nodePositions.length;
    }

    @Override
    public final void nodeValues(double[] into) {
        double[] v = currentValues();
        for (int i = 0; i < nodePositions.length; i++) {
            into[i] = v[nodePositions[i]];
        }
    }

    @Override
    public final void weightConnections(int[] into) {
        System.arraycopy(groups.reportedConnections, 0, into, 0, groups.reportedConnections.length);
    }
}
