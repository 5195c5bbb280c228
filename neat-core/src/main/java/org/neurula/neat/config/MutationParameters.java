package org.neurula.neat.config;

/**
 * Mutation probabilities per offspring, with the NEAT paper's values as defaults (Stanley &amp;
 * Miikkulainen 2002, section 4.1). An offspring gets at most one structural mutation (add node,
 * else add connection, else delete node, else delete connection); one that got none has its weights
 * mutated with probability {@code weightMutation} and may get the other attribute mutations.
 *
 * @param addNode                probability of splitting a connection with a new node (paper: 0.03)
 * @param addConnection          probability of adding a connection (paper: 0.05; 0.3 for large populations)
 * @param addConnectionAttempts  how many random node pairs an add-connection mutation tries
 * @param weightMutation         probability that an offspring's weights are mutated (paper: 0.8)
 * @param weightPerturbation     per weight, probability of a Gaussian perturbation rather than a new
 *                               random value (paper: 0.9)
 * @param perturbationStdDev     standard deviation of a Gaussian perturbation (2.5, the mutation
 *                               power of Stanley's NEAT parameter files; smaller steps measured
 *                               markedly slower on XOR because the steepened sigmoid saturates)
 * @param biasMutation           probability that an offspring's node biases are mutated like weights
 *                               (0: the bias node alone provides offsets, as in the paper)
 * @param toggleEnable           probability of flipping one gene's enabled flag
 * @param reenable               probability of re-enabling one disabled gene
 * @param deleteConnection       probability of deleting a connection (off by default)
 * @param deleteNode             probability of deleting a hidden node and its connections (off by default)
 * @param changeActivation       probability of giving a hidden node another activation (off by default)
 */
public record MutationParameters(
        double addNode,
        double addConnection,
        int addConnectionAttempts,
        double weightMutation,
        double weightPerturbation,
        double perturbationStdDev,
        double biasMutation,
        double toggleEnable,
        double reenable,
        double deleteConnection,
        double deleteNode,
        double changeActivation) {

    /** The NEAT paper's settings. */
    public static MutationParameters defaults() {
        return new MutationParameters(0.03, 0.05, 20, 0.8, 0.9, 2.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.probability(addNode, prefix + ".addNode");
        problems.probability(addConnection, prefix + ".addConnection");
        problems.require(addConnectionAttempts >= 1, prefix + ".addConnectionAttempts",
                "must be at least 1, was " + addConnectionAttempts);
        problems.probability(weightMutation, prefix + ".weightMutation");
        problems.probability(weightPerturbation, prefix + ".weightPerturbation");
        problems.positive(perturbationStdDev, prefix + ".perturbationStdDev");
        problems.probability(biasMutation, prefix + ".biasMutation");
        problems.probability(toggleEnable, prefix + ".toggleEnable");
        problems.probability(reenable, prefix + ".reenable");
        problems.probability(deleteConnection, prefix + ".deleteConnection");
        problems.probability(deleteNode, prefix + ".deleteNode");
        problems.probability(changeActivation, prefix + ".changeActivation");
    }
}
