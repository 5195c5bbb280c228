package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * Mutates every connection weight: with probability {@code weightPerturbation} it is perturbed by
 * N(0, perturbationStdDev²), otherwise replaced by a new random weight (the 90 % / 10 % of Stanley &amp;
 * Miikkulainen 2002). With {@code weightScheme: RELEASE} the weights are mutated as the NEAT C++
 * release does instead, with uniform steps in ±{@code weightPower} (described at the method below).
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
        if (p.weightScheme() == MutationParameters.WeightScheme.RELEASE) {
            release(weights, p.weightPower(), context);
            return genome.withConnections(genes.withWeights(weights));
        }
        for (int c = 0; c < weights.length; c++) {
            if (context.random().nextDouble() < p.weightPerturbation()) {
                weights[c] = context.clip(weights[c] + context.random().nextGaussian() * p.perturbationStdDev());
            } else {
                weights[c] = context.randomWeight();
            }
        }
        return genome.withConnections(genes.withWeights(weights));
    }

    /**
     * The NEAT C++ release's mutate_link_weights as its reproduction calls it (rate 1, GAUSSIAN mode):
     * one draw decides whether the mutation is "severe" (probability 0.5). Then, per weight, a step
     * and a new value are uniform in ±{@code power}: severe, the weight is perturbed by the step with
     * probability 0.7, replaced by it with 0.2 and kept with 0.1; otherwise, in genomes of at least
     * 10 genes the newest 20 % (index above 0.8·n) are perturbed with 0.5, replaced with 0.2 and kept
     * with 0.3, and every other weight is perturbed. Every draw the release makes is made here, in its
     * order, including a per-weight coin whose two outcomes are the same at rate 1.
     */
    private static void release(double[] weights, double power, VariationContext context) {
        RandomGenerator random = context.random();
        int total = weights.length;
        double endPart = total * 0.8;
        boolean severe = random.nextDouble() > 0.5;
        for (int c = 0; c < total; c++) {
            double perturbAbove;
            double replaceAbove;
            if (severe) {
                perturbAbove = 0.3;
                replaceAbove = 0.1;
            } else if (total >= 10 && c > endPart) {
                perturbAbove = 0.5;
                replaceAbove = 0.3;
            } else {
                random.nextDouble(); // the release's "half the time no cold mutation" coin
                perturbAbove = 0.0;
                replaceAbove = 0.0;
            }
            double step = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * power;
            double choice = random.nextDouble();
            if (choice > perturbAbove) {
                weights[c] = context.clip(weights[c] + step);
            } else if (choice > replaceAbove) {
                weights[c] = context.clip(step);
            }
        }
    }
}
