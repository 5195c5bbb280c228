package org.neurula.neat.variation;

import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * Mutates every connection weight: with probability {@code weightPerturbation} it is perturbed by
 * N(0, perturbationStdDev²), otherwise replaced by a new random weight (the paper's 90 % / 10 %).
 * The child shares its parent's structure arrays.
 */
public final class WeightMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        ConnectionGenes genes = genome.connections();
        if (genes.size() == 0) {
            return genome;
        }
        MutationParameters p = context.parameters().mutation();
        double[] weights = genes.weights();
        for (int c = 0; c < weights.length; c++) {
            if (context.random().nextDouble() < p.weightPerturbation()) {
                weights[c] = context.clip(weights[c] + context.random().nextGaussian() * p.perturbationStdDev());
            } else {
                weights[c] = context.randomWeight();
            }
        }
        return genome.withConnections(genes.withWeights(weights));
    }
}
