package org.neurula.neat.config;

import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.network.PruningRule;

/**
 * Over-production then pruning during the lifetime: a network starts with all of its synapses, scores
 * each over a critical period at the start of every lifetime, and then loses the lowest-scoring share.
 * Off by default; when off, networks are compiled exactly as without this section. With {@code evolve}
 * every genome carries its own critical period and fraction ({@link PruningGenes}), starting at this
 * section's values and mutated and inherited like other genes.
 *
 * @param enabled        whether networks prune themselves during each lifetime
 * @param rule           how a synapse is scored over the period, the lowest going first: {@code MAGNITUDE},
 *                       |w| when the period ends; {@code ACTIVITY}, the mean |w·pre| (what it added to its
 *                       target); {@code CORRELATION}, the mean |pre·post|, whatever the weight
 * @param criticalPeriod activations at the start of each lifetime over which synapses are scored; the
 *                       pruning takes effect from the next activation on (with evolve: where every genome starts)
 * @param fraction       share of the network's activity-carrying synapses that are removed, in [0, 1] (with
 *                       evolve: where every genome starts)
 * @param keepPaths      never remove the synapses of the best-scoring path from an input to each output
 *                       that an input reaches, so no output is cut off from the inputs
 * @param evolve         whether each genome evolves its own critical period and fraction; only while
 *                       {@code enabled} (switched off, genomes keep their genes but no network prunes, as
 *                       when a champion is scored again without pruning)
 * @param mutation       with evolve: probability that an offspring's critical period and fraction are perturbed
 * @param periodStdDev   with evolve: standard deviation of a critical period's perturbation, in activations
 *                       (rounded to a whole number; the period stays at least 1)
 * @param fractionStdDev with evolve: standard deviation of a fraction's perturbation (clipped to [0, maxFraction])
 * @param maxFraction    with evolve: the largest fraction a genome may evolve, in [0, 1]
 */
public record PruningParameters(boolean enabled, PruningRule rule, int criticalPeriod, double fraction,
        boolean keepPaths, boolean evolve, double mutation, double periodStdDev, double fractionStdDev,
        double maxFraction) {

    /** Pruning settings whose critical period and fraction are the run's, not evolved. */
    public PruningParameters(boolean enabled, PruningRule rule, int criticalPeriod, double fraction,
            boolean keepPaths) {
        this(enabled, rule, criticalPeriod, fraction, keepPaths, false, 0.2, 4.0, 0.05, 0.9);
    }

    /**
     * Off; when switched on: activity scores over the first 20 activations, half the synapses removed,
     * paths kept, the period and fraction the run's (with evolve: perturbed in a fifth of the offspring by
     * N(0, 4²) activations and N(0, 0.05²), the fraction at most 0.9).
     */
    public static PruningParameters defaults() {
        return new PruningParameters(false, PruningRule.ACTIVITY, 20, 0.5, true);
    }

    /** The same parameters, switched on or off. */
    public PruningParameters withEnabled(boolean on) {
        return new PruningParameters(on, rule, criticalPeriod, fraction, keepPaths, evolve, mutation, periodStdDev,
                fractionStdDev, maxFraction);
    }

    /** The same parameters with evolved critical period and fraction switched on or off. */
    public PruningParameters withEvolve(boolean on) {
        return new PruningParameters(enabled, rule, criticalPeriod, fraction, keepPaths, on, mutation, periodStdDev,
                fractionStdDev, maxFraction);
    }

    /**
     * The settings a genome's networks prune by: these, with the critical period and fraction of
     * {@code genes} when it is not null.
     */
    public PruningParameters forGenes(PruningGenes genes) {
        if (genes == null) {
            return this;
        }
        return new PruningParameters(enabled, rule, genes.criticalPeriod(), genes.fraction(), keepPaths, evolve,
                mutation, periodStdDev, fractionStdDev, maxFraction);
    }

    /** The genes every genome starts with when the run evolves them: this section's period and fraction. */
    public PruningGenes initialGenes() {
        return new PruningGenes(criticalPeriod, Math.min(fraction, maxFraction));
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(rule != null, prefix + ".rule", "must be one of MAGNITUDE, ACTIVITY, CORRELATION");
        problems.require(criticalPeriod >= 1, prefix + ".criticalPeriod",
                "must be at least 1 activation, was " + criticalPeriod);
        problems.probability(fraction, prefix + ".fraction");
        problems.probability(mutation, prefix + ".mutation");
        problems.nonNegative(periodStdDev, prefix + ".periodStdDev");
        problems.nonNegative(fractionStdDev, prefix + ".fractionStdDev");
        problems.probability(maxFraction, prefix + ".maxFraction");
    }
}
