package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.plasticity.PlasticityDraws;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * Perturbs a plastic genome's rule parameters as weight mutation perturbs weights: every η, A, B, C
 * and D (per connection, or the network-wide set) moves by N(0, (parameterPerturbation·limit)²) and is
 * clipped to its limit. Static genomes pass unchanged; a per-connection child shares its parent's
 * structure arrays.
 */
public final class PlasticityMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        if (!genome.isPlastic()) {
            return genome;
        }
        PlasticityParameters p = context.parameters().plasticity();
        RandomGenerator random = context.random();
        ConnectionGenes genes = genome.connections();
        if (genes.hasPlasticity()) {
            double[] values = genes.plasticity();
            for (int i = 0; i < values.length; i++) {
                values[i] = perturb(values[i], i % PlasticityGenes.PARAMETERS, p, random);
            }
            return genome.withConnections(genes.withPlasticity(values));
        }
        double[] shared = genome.plasticity().parameters();
        for (int k = 0; k < shared.length; k++) {
            shared[k] = perturb(shared[k], k, p, random);
        }
        return genome.withPlasticity(genome.plasticity().withParameters(shared));
    }

    private static double perturb(double value, int k, PlasticityParameters p, RandomGenerator random) {
        double limit = PlasticityDraws.limit(p, k);
        double moved = value + random.nextGaussian() * p.parameterPerturbation() * limit;
        return Math.max(-limit, Math.min(limit, moved));
    }
}
