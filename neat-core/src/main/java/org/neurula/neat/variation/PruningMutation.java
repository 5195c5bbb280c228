package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.PruningGenes;

/**
 * Perturbs a genome's own pruning genes: the critical period moves by N(0, periodStdDev²) activations,
 * rounded, and stays at least 1; the fraction moves by N(0, fractionStdDev²) and is clipped to
 * [0, maxFraction]. A genome without pruning genes first gets the run's starting values.
 */
public final class PruningMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        PruningParameters p = context.parameters().network().pruning();
        PruningGenes genes = genome.pruning() != null ? genome.pruning() : p.initialGenes();
        RandomGenerator random = context.random();
        int period = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                Math.round(genes.criticalPeriod() + random.nextGaussian() * p.periodStdDev())));
        double fraction = Math.max(0, Math.min(p.maxFraction(), genes.fraction() + random.nextGaussian()
                * p.fractionStdDev()));
        return genome.withPruning(new PruningGenes(period, fraction));
    }
}
