package org.neurula.neat.network;

/**
 * What the two compiled network kinds share: their weights, in the order of the grouped connections,
 * and the optional learning part that changes them. A static network has no plasticity and pays one
 * null check per activation.
 */
abstract sealed class CompiledNetwork implements Network permits FeedForwardNetwork, RecurrentNetwork {

    /** The activity connections' weights, grouped by target; a plastic network changes them. */
    final double[] weights;
    /** Per weight, the index of its connection in the blueprint. */
    private final int[] blueprintConnections;
    /** The learning rule and its state, or null for a static network. */
    SynapticPlasticity plasticity;

    CompiledNetwork(double[] weights, int[] blueprintConnections) {
        this.weights = weights;
        this.blueprintConnections = blueprintConnections;
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
        return weights.length;
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
        System.arraycopy(weights, 0, into, 0, weights.length);
    }

    @Override
    public final void weightConnections(int[] into) {
        System.arraycopy(blueprintConnections, 0, into, 0, blueprintConnections.length);
    }
}
