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
 * @param weightScheme           how an offspring's weights are mutated: {@code GAUSSIAN} perturbs each
 *                               weight by N(0, perturbationStdDev²) with probability
 *                               {@code weightPerturbation} and otherwise replaces it by a new random
 *                               weight (the 90 % / 10 % of Stanley &amp; Miikkulainen 2002, section 4.1);
 *                               {@code RELEASE} copies the NEAT C++ release's mutate_link_weights:
 *                               steps and new values uniform in ±{@code weightPower}; in half the
 *                               mutations ("severe") each weight is perturbed with probability 0.7,
 *                               replaced with 0.2 and kept with 0.1; in the others every weight is
 *                               perturbed, except that in genomes of n ≥ 10 genes those with an index
 *                               above 0.8·n (about the newest 20 %) are perturbed with 0.5, replaced
 *                               with 0.2 and kept with 0.3.
 *                               {@code RELEASE} ignores {@code weightPerturbation} and
 *                               {@code perturbationStdDev}
 * @param weightPower            the half-width of a {@code RELEASE} weight step or new weight (2.5, the
 *                               weight_mut_power of the NEAT C++ release's parameter files); unused by
 *                               {@code GAUSSIAN}
 * @param splitChoice            which connection an add-node mutation splits in genomes with fewer than
 *                               15 connection genes (larger genomes split a uniformly chosen enabled
 *                               connection not leaving the bias): {@code OLDER} walks the genes from the
 *                               oldest and stops at each with probability 0.3, starting over (up to 20
 *                               walks) when it stops at a disabled or bias gene or runs off the end;
 *                               {@code RELEASE} copies the NEAT C++ release's mutate_add_node: skip the
 *                               leading disabled and bias genes, then move on past each gene with
 *                               probability 0.3 (and past every bias gene), so the oldest eligible gene
 *                               is split 70 % of the time; no split when the walk ends on a disabled
 *                               gene or runs off the end
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
        double changeActivation,
        WeightScheme weightScheme,
        double weightPower,
        SplitChoice splitChoice) {

    /**
     * The settings with {@code weightScheme} {@code GAUSSIAN}, {@code weightPower} 2.5 and
     * {@code splitChoice} {@code OLDER}, the defaults.
     */
    public MutationParameters(double addNode, double addConnection, int addConnectionAttempts, double weightMutation,
            double weightPerturbation, double perturbationStdDev, double biasMutation, double toggleEnable,
            double reenable, double deleteConnection, double deleteNode, double changeActivation) {
        this(addNode, addConnection, addConnectionAttempts, weightMutation, weightPerturbation, perturbationStdDev,
                biasMutation, toggleEnable, reenable, deleteConnection, deleteNode, changeActivation,
                WeightScheme.GAUSSIAN, 2.5, SplitChoice.OLDER);
    }

    /** How an offspring's weights are mutated. */
    public enum WeightScheme {
        /**
         * Each weight perturbed by a Gaussian step or replaced (the probabilities of Stanley &amp;
         * Miikkulainen 2002, with Gaussian rather than uniform steps).
         */
        GAUSSIAN,
        /** Uniform steps and replacements as in the NEAT C++ release's mutate_link_weights. */
        RELEASE
    }

    /** Which connection an add-node mutation splits in genomes with fewer than 15 connection genes. */
    public enum SplitChoice {
        /**
         * Walks from the oldest gene, stopping at each with probability 0.3, up to 20 walks (this
         * library's rule; neither the paper's text nor the release's).
         */
        OLDER,
        /**
         * The NEAT C++ release's mutate_add_node: from the oldest eligible gene, stops at each gene with
         * probability 0.7 (never at a bias gene); no split when it stops at a disabled gene.
         */
        RELEASE
    }

    /** The NEAT paper's settings. */
    public static MutationParameters defaults() {
        return new MutationParameters(0.03, 0.05, 20, 0.8, 0.9, 2.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
                WeightScheme.GAUSSIAN, 2.5, SplitChoice.OLDER);
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
        problems.require(weightScheme != null, prefix + ".weightScheme", "must be GAUSSIAN or RELEASE");
        problems.positive(weightPower, prefix + ".weightPower");
        problems.require(splitChoice != null, prefix + ".splitChoice", "must be OLDER or RELEASE");
    }

    /** The same settings with other structural probabilities (add node, add connection, delete node, delete connection). */
    public MutationParameters withStructure(double newAddNode, double newAddConnection, double newDeleteNode,
            double newDeleteConnection) {
        return new MutationParameters(newAddNode, newAddConnection, addConnectionAttempts, weightMutation,
                weightPerturbation, perturbationStdDev, biasMutation, toggleEnable, reenable, newDeleteConnection,
                newDeleteNode, changeActivation, weightScheme, weightPower, splitChoice);
    }
}
