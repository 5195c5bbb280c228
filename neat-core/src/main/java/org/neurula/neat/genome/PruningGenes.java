package org.neurula.neat.genome;

/**
 * A genome's own lifetime-pruning settings, when evolution tunes them ({@code network.pruning.evolve}):
 * how many activations its networks' critical period lasts and what share of their synapses they then
 * remove. They replace the run's {@code network.pruning.criticalPeriod} and {@code fraction} for this
 * genome's networks; the rule and path keeping stay the run's.
 *
 * @param criticalPeriod activations over which synapses are scored, at least 1
 * @param fraction       share of the synapses removed when the period ends, in [0, 1]
 */
public record PruningGenes(int criticalPeriod, double fraction) {

    /** Requires a period of at least one activation and a fraction in [0, 1]. */
    public PruningGenes {
        if (criticalPeriod < 1) {
            throw new IllegalArgumentException("a critical period lasts at least 1 activation, not " + criticalPeriod);
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a pruned fraction lies in [0, 1], not " + fraction);
        }
    }
}
