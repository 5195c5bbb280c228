package org.neurula.runs.config;

import org.neurula.developmental.evolution.VectorEvolutionSettings;
import org.neurula.developmental.ndp.NdpParameters;
import org.neurula.neat.config.ParameterProblems;

/**
 * The {@code ndp} section: a neural developmental program (Najarro, Sudhakaran &amp; Risi 2023) grows each
 * network from one cell, and the program's fixed-length parameter vector evolves with a Jenetics engine
 * ({@code run.algorithm: ndp}). The population size is {@code reproduction.populationSize}. Shape
 * defaults are the reference code's XOR settings (14 parameters); its cart-pole settings are
 * {@code embeddingSize: 5, hiddenSize: 5, growthCycles: 5, extraPropagationSteps: 5,
 * extraThinkingSteps: 5} (162). The reference evolves the vector with CMA-ES, which Jenetics does not
 * offer; here a genetic algorithm does.
 *
 * @param embeddingSize          numbers each cell carries
 * @param hiddenSize             hidden tanh units of each of the program's three small networks (embedding
 *                               update, division, edge weight)
 * @param growthCycles           rounds of propagation, division and weighting, from one cell (each may double
 *                               the graph; at most 16)
 * @param extraPropagationSteps  embedding updates per growth cycle beyond the graph's diameter
 * @param extraThinkingSteps     network updates per task input beyond the grown graph's diameter
 * @param weighted               edges get weights from the program's weight network; false: every edge weighs 1
 * @param evolveInitialEmbedding the seed cell's embedding is evolved; false: all ones
 * @param seedSelfLoop           the seed cell starts connected to itself
 * @param range                  every parameter lies in [−range, range]; the first generation is uniform there
 * @param mutationProbability    per parameter, the probability of a Gaussian mutation (standard deviation a
 *                               quarter of the range)
 * @param crossoverProbability   per pair of parents, the probability of a single-point crossover
 * @param tournamentSize         parents are chosen by tournaments of this size
 * @param elites                 the best vectors copied unchanged into the next generation
 */
public record NdpSection(int embeddingSize, int hiddenSize, int growthCycles, int extraPropagationSteps,
        int extraThinkingSteps, boolean weighted, boolean evolveInitialEmbedding, boolean seedSelfLoop, double range,
        double mutationProbability, double crossoverProbability, int tournamentSize, int elites) {

    /** The reference code's XOR shape; parameters in [−1, 1], mutation 0.1, crossover 0.3, tournaments of 3, one elite. */
    public static NdpSection defaults() {
        NdpParameters p = NdpParameters.defaults();
        return new NdpSection(p.embeddingSize(), p.hiddenSize(), p.growthCycles(), p.extraPropagationSteps(),
                p.extraThinkingSteps(), p.weighted(), p.evolveInitialEmbedding(), p.seedSelfLoop(), 1.0, 0.1, 0.3, 3,
                1);
    }

    /** The program's shape. */
    public NdpParameters program() {
        return new NdpParameters(embeddingSize, hiddenSize, growthCycles, extraPropagationSteps, extraThinkingSteps,
                weighted, evolveInitialEmbedding, seedSelfLoop);
    }

    /** How the vector evolves, for a population of {@code populationSize}. */
    public VectorEvolutionSettings evolution(int populationSize) {
        return new VectorEvolutionSettings(populationSize, range, mutationProbability, crossoverProbability,
                tournamentSize, elites);
    }

    /** Adds this section's problems under {@code prefix}. */
    void check(ParameterProblems problems, String prefix) {
        program().check(problems, prefix);
        problems.require(range > 0 && Double.isFinite(range), prefix + ".range",
                "must be a positive number, was " + range);
        problems.require(mutationProbability >= 0 && mutationProbability <= 1, prefix + ".mutationProbability",
                "must be a probability in [0, 1], was " + mutationProbability);
        problems.require(crossoverProbability >= 0 && crossoverProbability <= 1, prefix + ".crossoverProbability",
                "must be a probability in [0, 1], was " + crossoverProbability);
        problems.require(tournamentSize >= 2, prefix + ".tournamentSize", "must be at least 2, was " + tournamentSize);
        problems.require(elites >= 0, prefix + ".elites", "must be 0 or more, was " + elites);
    }
}
