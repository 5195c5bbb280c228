package org.neurula.neat.network;

/**
 * How {@linkplain LifetimePruning lifetime pruning} scores a synapse over the critical period; the
 * lowest-scoring synapses are removed when the period ends.
 */
public enum PruningRule {

    /** |w| when the period ends: small weights go first (magnitude pruning, as in Han et al. 2015). */
    MAGNITUDE,

    /**
     * The mean |w·pre| over the period: what the synapse added to its target's input on average, so a
     * strong weight from a silent source goes too (a first-order saliency in the spirit of optimal
     * brain damage, LeCun et al. 1990).
     */
    ACTIVITY,

    /**
     * The mean |pre·post| over the period, whatever the weight: synapses between nodes that are rarely
     * active together go first (the Hebbian "use it or lose it" of developmental pruning).
     */
    CORRELATION
}
