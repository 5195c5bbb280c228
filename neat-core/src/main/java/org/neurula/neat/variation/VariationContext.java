package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.plasticity.GeneScope;
import org.neurula.neat.plasticity.PlasticityDraws;
import org.neurula.neat.innovation.Innovations;

/**
 * What a variation operator needs besides its input genomes: the random generator for this
 * offspring, the run's innovation tracker, the parameters and the activation functions.
 *
 * @param random      derived from (run seed, generation, offspring id)
 * @param tracker     the run's innovation history, or a provisional overlay on it while offspring
 *                    are bred in parallel
 * @param parameters  the run's NEAT parameters
 * @param activations the run's activation functions
 */
public record VariationContext(
        RandomGenerator random,
        Innovations tracker,
        NeatParameters parameters,
        ActivationRegistry activations) {

    /**
     * A weight drawn from N(0, initialWeightStdDev²), or uniformly from ±initialWeightStdDev with
     * {@code genome.uniformWeights}, clipped to the weight limit.
     */
    public double randomWeight() {
        return parameters.genome().randomWeight(random);
    }

    /**
     * Plasticity parameters (η, A, B, C, D) for a new connection gene, uniform within their limits, or
     * null when the run does not evolve them per connection.
     */
    public double[] randomConnectionPlasticity() {
        PlasticityParameters p = parameters.plasticity();
        if (!p.enabled() || p.genes() != GeneScope.CONNECTION) {
            return null;
        }
        return PlasticityDraws.parameters(p, random);
    }

    /** {@code w} clipped to [-weightLimit, weightLimit]. */
    public double clip(double w) {
        double limit = parameters.genome().weightLimit();
        return Math.max(-limit, Math.min(limit, w));
    }
}
