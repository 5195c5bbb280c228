package org.neurula.developmental.evolution;

/**
 * One generation of a vector evolution, as an observer sees it.
 *
 * @param generation  numbered from 0
 * @param evaluations evaluations so far
 * @param best        the generation's best score
 * @param bestVector  its vector (a copy)
 * @param meanFitness the population's mean fitness
 */
public record VectorGeneration(long generation, long evaluations, VectorScore best, double[] bestVector,
        double meanFitness) {
}
