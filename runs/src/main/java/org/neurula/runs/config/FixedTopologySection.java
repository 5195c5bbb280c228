package org.neurula.runs.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code fixedTopology} section: the baseline that evolves only the weights of one fixed network
 * with a Jenetics engine ({@code run.algorithm: fixed-topology}). The population size is
 * {@code reproduction.populationSize}; recurrence follows {@code genome.recurrent}.
 *
 * @param hidden               hidden nodes, each fed by every input and the bias and feeding every output;
 *                             inputs and bias also feed the outputs directly (with recurrence, every
 *                             hidden node also feeds every hidden node)
 * @param weightRange          weights lie in [−range, range]
 * @param mutationProbability  per weight, the probability of a Gaussian mutation (Jenetics'
 *                             {@code GaussianMutator}: standard deviation a quarter of the range)
 * @param crossoverProbability per pair of parents, the probability of a single-point crossover
 * @param tournamentSize       parents are chosen by tournaments of this size
 * @param elites               the best genotypes copied unchanged into the next generation
 */
public record FixedTopologySection(int hidden, double weightRange, double mutationProbability,
        double crossoverProbability, int tournamentSize, int elites) {

    /** Defaults: 2 hidden nodes (enough for XOR), weights in [−8, 8], mutation 0.1, crossover 0.3, tournaments of 3, one elite. */
    public static FixedTopologySection defaults() {
        return new FixedTopologySection(2, 8.0, 0.1, 0.3, 3, 1);
    }

    /** The problems of this section, each as {@code (key, message)}. */
    List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        if (hidden < 0) {
            problems.add(new String[] {"hidden", "must be 0 or more, was " + hidden});
        }
        if (!(weightRange > 0) || Double.isInfinite(weightRange)) {
            problems.add(new String[] {"weightRange", "must be a positive number, was " + weightRange});
        }
        if (!(mutationProbability >= 0 && mutationProbability <= 1)) {
            problems.add(new String[] {"mutationProbability", "must be a probability in [0, 1], was " + mutationProbability});
        }
        if (!(crossoverProbability >= 0 && crossoverProbability <= 1)) {
            problems.add(new String[] {"crossoverProbability", "must be a probability in [0, 1], was "
                    + crossoverProbability});
        }
        if (tournamentSize < 2) {
            problems.add(new String[] {"tournamentSize", "must be at least 2, was " + tournamentSize});
        }
        if (elites < 0) {
            problems.add(new String[] {"elites", "must be 0 or more, was " + elites});
        }
        return problems;
    }
}
