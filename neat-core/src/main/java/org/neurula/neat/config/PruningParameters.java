package org.neurula.neat.config;

import org.neurula.neat.network.PruningRule;

/**
 * Over-production then pruning during the lifetime: a network starts with all of its synapses, scores
 * each over a critical period at the start of every lifetime, and then loses the lowest-scoring share.
 * Off by default; when off, networks are compiled exactly as without this section.
 *
 * @param enabled        whether networks prune themselves during each lifetime
 * @param rule           how a synapse is scored over the period, the lowest going first: {@code MAGNITUDE},
 *                       |w| when the period ends; {@code ACTIVITY}, the mean |w·pre| (what it added to its
 *                       target); {@code CORRELATION}, the mean |pre·post|, whatever the weight
 * @param criticalPeriod activations at the start of each lifetime over which synapses are scored; the
 *                       pruning takes effect from the next activation on
 * @param fraction       share of the network's activity-carrying synapses that are removed, in [0, 1]
 * @param keepPaths      never remove the synapses of the best-scoring path from an input to each output
 *                       that an input reaches, so no output is cut off from the inputs
 */
public record PruningParameters(boolean enabled, PruningRule rule, int criticalPeriod, double fraction,
        boolean keepPaths) {

    /** Off; when switched on: activity scores over the first 20 activations, half the synapses removed, paths kept. */
    public static PruningParameters defaults() {
        return new PruningParameters(false, PruningRule.ACTIVITY, 20, 0.5, true);
    }

    /** The same parameters, switched on or off. */
    public PruningParameters withEnabled(boolean on) {
        return new PruningParameters(on, rule, criticalPeriod, fraction, keepPaths);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(rule != null, prefix + ".rule", "must be one of MAGNITUDE, ACTIVITY, CORRELATION");
        problems.require(criticalPeriod >= 1, prefix + ".criticalPeriod",
                "must be at least 1 activation, was " + criticalPeriod);
        problems.probability(fraction, prefix + ".fraction");
    }
}
