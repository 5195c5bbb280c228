package org.neurula.neat.config;

import java.util.List;

/**
 * What genomes look like: activations, recurrence and initial weights.
 *
 * @param hiddenActivation     activation of new hidden nodes (NEAT paper: the steepened sigmoid)
 * @param outputActivation     activation of output nodes
 * @param activationChoices    the functions an activation-change mutation picks from
 * @param recurrent            whether connections may form cycles (otherwise every genome is feed-forward)
 * @param initialWeightStdDev  standard deviation of initial and replaced weights (mean 0; default 1)
 * @param weightLimit          weights are clipped to [-limit, limit] (default 8, as in Stanley's NEAT)
 * @param initialConnectivity  fraction of input/bias-to-output connections present in the initial
 *                             genomes (1.0: fully connected, as in the paper)
 */
public record GenomeParameters(
        String hiddenActivation,
        String outputActivation,
        List<String> activationChoices,
        boolean recurrent,
        double initialWeightStdDev,
        double weightLimit,
        double initialConnectivity) {

    /** Canonical constructor; copies the list. */
    public GenomeParameters {
        activationChoices = List.copyOf(activationChoices);
    }

    /** The NEAT paper's settings. */
    public static GenomeParameters defaults() {
        return new GenomeParameters("steepened-sigmoid", "steepened-sigmoid",
                List.of("steepened-sigmoid", "tanh", "relu", "gaussian", "sine", "identity"),
                false, 1.0, 8.0, 1.0);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(!activationChoices.isEmpty(), prefix + ".activationChoices", "must name at least one activation");
        problems.positive(initialWeightStdDev, prefix + ".initialWeightStdDev");
        problems.positive(weightLimit, prefix + ".weightLimit");
        problems.probability(initialConnectivity, prefix + ".initialConnectivity");
    }
}
