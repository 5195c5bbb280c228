package org.neurula.runs.config;

import org.neurula.developmental.evolution.CmaSettings;
import org.neurula.developmental.evolution.VectorEvolutionSettings;
import org.neurula.developmental.ndp.NdpParameters;
import org.neurula.neat.config.ParameterProblems;

/**
 * The {@code ndp} section: a neural developmental program (Najarro, Sudhakaran &amp; Risi 2023) grows each
 * network from one cell, and the program's fixed-length parameter vector evolves with a Jenetics engine
 * ({@code run.algorithm: ndp}) or by CMA-ES ({@code optimizer: cma-es}, the reference's optimiser). The
 * population size is {@code reproduction.populationSize}. Shape defaults are the reference code's XOR
 * settings (14 parameters); its cart-pole settings are {@code embeddingSize: 5, hiddenSize: 5,
 * growthCycles: 5, extraPropagationSteps: 5, extraThinkingSteps: 5} (162). The reference evolves the
 * vector with pycma's CMA-ES, which Jenetics does not offer; the default here is Jenetics' genetic
 * algorithm, and {@code cma-es} runs Neurula's own CMA-ES with the reference's options (σ, elitism, a
 * floor on the standard deviations).
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
 * @param optimizer              ga (Jenetics' genetic algorithm, the keys above) or cma-es (CMA-ES: the first
 *                               mean uniform in [−range, range], then sigma, elitist and minStd; the genetic
 *                               algorithm's keys do not apply)
 * @param sigma                  cma-es: the initial step size (the reference: 1 for XOR, 0.1 for cart-pole)
 * @param elitist                cma-es: the best vector so far takes the last place of every later
 *                               generation (pycma's CMA_elitist, on in the reference)
 * @param minStd                 cma-es: every parameter's standard deviation is kept at least this (pycma's
 *                               minstd; the reference: 0.005); 0 sets no floor
 */
public record NdpSection(int embeddingSize, int hiddenSize, int growthCycles, int extraPropagationSteps,
        int extraThinkingSteps, boolean weighted, boolean evolveInitialEmbedding, boolean seedSelfLoop, double range,
        double mutationProbability, double crossoverProbability, int tournamentSize, int elites, String optimizer,
        double sigma, boolean elitist, double minStd) {

    /** {@link #optimizer} of Jenetics' genetic algorithm. */
    public static final String GA = "ga";
    /** {@link #optimizer} of CMA-ES. */
    public static final String CMA_ES = "cma-es";

    /**
     * The reference code's XOR shape; parameters in [−1, 1], the genetic algorithm with mutation 0.1,
     * crossover 0.3, tournaments of 3, one elite; for CMA-ES the reference's XOR options (σ 1, elitist,
     * minStd 0.005).
     */
    public static NdpSection defaults() {
        NdpParameters p = NdpParameters.defaults();
        return new NdpSection(p.embeddingSize(), p.hiddenSize(), p.growthCycles(), p.extraPropagationSteps(),
                p.extraThinkingSteps(), p.weighted(), p.evolveInitialEmbedding(), p.seedSelfLoop(), 1.0, 0.1, 0.3, 3,
                1, GA, 1.0, true, 0.005);
    }

    /** Whether the vector evolves by CMA-ES. */
    public boolean cmaEs() {
        return CMA_ES.equals(optimizer);
    }

    /** How CMA-ES evolves the vector, for a population of {@code populationSize}. */
    public CmaSettings cma(int populationSize) {
        return new CmaSettings(populationSize, sigma, range, elitist, minStd);
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
        problems.require(GA.equals(optimizer) || CMA_ES.equals(optimizer), prefix + ".optimizer",
                "must be ga or cma-es, was " + optimizer);
        problems.require(sigma > 0 && Double.isFinite(sigma), prefix + ".sigma", "must be a positive number, was "
                + sigma);
        problems.require(minStd >= 0 && Double.isFinite(minStd), prefix + ".minStd",
                "must be 0 or a positive number, was " + minStd);
    }
}
