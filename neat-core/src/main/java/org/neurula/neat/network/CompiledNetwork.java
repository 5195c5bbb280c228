package org.neurula.neat.network;

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
    /** The position of each blueprint node in the value arrays; set by the compiler. */
    int[] nodePositions;

    CompiledNetwork(NodeGroups groups, boolean plastic) {
        this.groups = groups;
        this.weights = plastic ? groups.weights.clone() : groups.weights;
    }

    /** Where {@link NodeGroups#compute} records the slots' target values for the learning rule, or null. */
    final double[] recordedTargets() {
        return plasticity != null ? plasticity.targetValues() : null;
    }

    /** Applies one learning step to the node values {@code v} of the step just taken, if plastic. */
    final void learn(double[] v) {
        if (plasticity != null) {
            plasticity.update(v, weights);
        }
    }

    /** Restores the genome's weights and clears the rule's state, if plastic. */
    final void resetLearning() {
        if (plasticity != null) {
            plasticity.reset(weights);
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
