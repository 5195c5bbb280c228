package org.neurula.neat.variation;

import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;

/**
 * Mutates the bias of every hidden and output node the way {@link WeightMutation} mutates weights.
 * The child shares its parent's node ids, kinds and connection genes.
 */
public final class BiasMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        NodeGenes nodes = genome.nodes();
        MutationParameters p = context.parameters().mutation();
        double[] biases = nodes.biases();
        for (int i = 0; i < biases.length; i++) {
            if (nodes.kind(i).isSource()) {
                continue;
            }
            if (context.random().nextDouble() < p.weightPerturbation()) {
                biases[i] = context.clip(biases[i] + context.random().nextGaussian() * p.perturbationStdDev());
            } else {
                biases[i] = context.randomWeight();
            }
        }
        return genome.withNodes(nodes.withBiases(biases));
    }
}
