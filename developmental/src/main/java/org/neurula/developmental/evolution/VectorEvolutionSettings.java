package org.neurula.developmental.evolution;

/**
 * How a Jenetics engine evolves a fixed-length vector of doubles: tournament selection, single-point
 * crossover, Gaussian mutation (Jenetics' {@code GaussianMutator}: standard deviation a quarter of the
 * range), elitism.
 *
 * @param populationSize       vectors per generation
 * @param range                every number lies in [−range, range]; the first generation is uniform there
 * @param mutationProbability  per number, the probability of a Gaussian mutation
 * @param crossoverProbability per pair of parents, the probability of a single-point crossover
 * @param tournamentSize       parents (and survivors) are chosen by tournaments of this size
 * @param elites               the best vectors copied unchanged into the next generation
 */
public record VectorEvolutionSettings(int populationSize, double range, double mutationProbability,
        double crossoverProbability, int tournamentSize, int elites) {
}
