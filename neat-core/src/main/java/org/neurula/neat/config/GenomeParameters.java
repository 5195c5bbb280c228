package org.neurula.neat.config;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What genomes look like: activations, recurrence and initial weights.
 *
 * @param hiddenActivation     activation of new hidden nodes (NEAT paper: the steepened sigmoid), or
 *                             {@value #RANDOM_ACTIVATION}: each new node draws one of {@code activationChoices}
 *                             (what CPPNs do)
 * @param outputActivation     activation of output nodes
 * @param activationChoices    the functions an activation-change mutation picks from
 * @param recurrent            whether connections may form cycles (otherwise every genome is feed-forward)
 * @param initialWeightStdDev  standard deviation of initial and replaced weights (mean 0; default 1); with
 *                             {@code uniformWeights}, the half-width of their range
 * @param weightLimit          weights are clipped to [-limit, limit] (default 8, as in Stanley's NEAT)
 * @param initialConnectivity  fraction of input/bias-to-output connections present in the initial
 *                             genomes (1.0: fully connected, as in the paper)
 * @param uniformWeights       whether initial weights, the weights of new connections and weights replaced
 *                             by a {@code GAUSSIAN} weight mutation are drawn uniformly from
 *                             [-initialWeightStdDev, initialWeightStdDev] instead of from
 *                             N(0, initialWeightStdDev²) (off by default; the NEAT C++ release draws
 *                             them uniformly from [-1, 1])
 */
public record GenomeParameters(
        String hiddenActivation,
        String outputActivation,
        List<String> activationChoices,
        boolean recurrent,
        double initialWeightStdDev,
        double weightLimit,
        double initialConnectivity,
        boolean uniformWeights) {

    /** The {@code hiddenActivation} that gives each new hidden node a random one of the activation choices. */
    public static final String RANDOM_ACTIVATION = "random";

    /** Whether new hidden nodes draw their activation from {@code activationChoices}. */
    public boolean randomHiddenActivation() {
        return RANDOM_ACTIVATION.equals(hiddenActivation);
    }

    /** The settings with {@code uniformWeights} off, the default (Gaussian weights). */
    public GenomeParameters(String hiddenActivation, String outputActivation, List<String> activationChoices,
            boolean recurrent, double initialWeightStdDev, double weightLimit, double initialConnectivity) {
        this(hiddenActivation, outputActivation, activationChoices, recurrent, initialWeightStdDev, weightLimit,
                initialConnectivity, false);
    }

    /** Canonical constructor; copies the list. */
    public GenomeParameters {
        activationChoices = List.copyOf(activationChoices);
    }

    /** The NEAT paper's settings. */
    public static GenomeParameters defaults() {
        return new GenomeParameters("steepened-sigmoid", "steepened-sigmoid",
                List.of("steepened-sigmoid", "tanh", "relu", "gaussian", "sine", "identity"),
                false, 1.0, 8.0, 1.0, false);
    }

    /**
     * A random weight for an initial genome, a new connection or a replacement: drawn from
     * N(0, initialWeightStdDev²), or with {@code uniformWeights} uniformly from [-initialWeightStdDev,
     * initialWeightStdDev) (one draw from {@code random} either way), then clipped to the weight limit.
     */
    public double randomWeight(RandomGenerator random) {
        double draw = uniformWeights ? 2 * random.nextDouble() - 1 : random.nextGaussian();
        return Math.max(-weightLimit, Math.min(weightLimit, draw * initialWeightStdDev));
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(!activationChoices.isEmpty(), prefix + ".activationChoices", "must name at least one activation");
        problems.positive(initialWeightStdDev, prefix + ".initialWeightStdDev");
        problems.positive(weightLimit, prefix + ".weightLimit");
        problems.probability(initialConnectivity, prefix + ".initialConnectivity");
    }
}
