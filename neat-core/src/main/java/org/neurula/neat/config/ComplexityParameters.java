package org.neurula.neat.config;

/**
 * Complexity regulation: how a run that goes on past solving, or a task with no stop, is kept from
 * bloating. With {@code PHASED} the population alternates between complexifying (the usual NEAT
 * search) and simplifying (no node or connection is added, connections and hidden nodes are deleted,
 * offspring are made by mutation alone, so that crossover of equally fit parents cannot add genes),
 * in the manner of Green's phased search as SharpNEAT and MultiNEAT offer it: simplifying starts when
 * the population's mean number of connection genes passes a ceiling, {@code relativeCeiling} genes
 * above the mean at the end of the last simplifying phase (or at the start of the run), and ends
 * when the mean has not fallen below its lowest value of the phase for
 * {@code minSimplifyGenerations} generations. Selection goes on as usual in both phases, so
 * structure that pays for itself is kept.
 *
 * @param regulation             {@code PHASED} (the default) or {@code NONE} (the paper: no regulation)
 * @param relativeCeiling        how many connection genes the population's mean may grow above its
 *                               last floor before simplifying starts
 * @param minSimplifyGenerations how long the mean must stop falling before complexifying resumes
 * @param deleteConnection       while simplifying, the probability that an offspring loses one
 *                               connection gene
 * @param deleteNode             while simplifying, the probability that an offspring loses one hidden
 *                               node and its connection genes (tried before the connection deletion)
 */
public record ComplexityParameters(
        Regulation regulation,
        double relativeCeiling,
        int minSimplifyGenerations,
        double deleteConnection,
        double deleteNode) {

    /** Whether and how complexity is regulated. */
    public enum Regulation {
        /** No regulation: genomes grow as selection lets them (the NEAT paper). */
        NONE,
        /** Phased search: complexify, then simplify when the mean size passes a ceiling. */
        PHASED
    }

    /** Phased search with a ceiling 20 genes above the floor, 10 generations to settle. */
    public static ComplexityParameters defaults() {
        return new ComplexityParameters(Regulation.PHASED, 20.0, 10, 0.5, 0.05);
    }

    /** No regulation, as in the NEAT paper. */
    public static ComplexityParameters none() {
        ComplexityParameters d = defaults();
        return new ComplexityParameters(Regulation.NONE, d.relativeCeiling(), d.minSimplifyGenerations(),
                d.deleteConnection(), d.deleteNode());
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(regulation != null, prefix + ".regulation", "must be PHASED or NONE");
        problems.positive(relativeCeiling, prefix + ".relativeCeiling");
        problems.require(minSimplifyGenerations >= 1, prefix + ".minSimplifyGenerations",
                "must be at least 1, was " + minSimplifyGenerations);
        problems.probability(deleteConnection, prefix + ".deleteConnection");
        problems.probability(deleteNode, prefix + ".deleteNode");
        problems.require(deleteConnection + deleteNode > 0, prefix + ".deleteConnection",
                "deleteConnection and deleteNode cannot both be 0: simplifying would delete nothing");
    }

    /**
     * The parameters of a simplifying phase: the same as {@code parameters} but with no structural
     * additions, this section's deletion rates, and offspring made by mutation alone.
     */
    public NeatParameters simplifying(NeatParameters parameters) {
        MutationParameters m = parameters.mutation();
        CrossoverParameters c = parameters.crossover();
        return parameters.withMutation(m.withStructure(0.0, 0.0, deleteNode, deleteConnection))
                .withCrossover(new CrossoverParameters(1.0, c.interspeciesMating(), c.disableRate(), c.mateOnly(),
                        c.equalFitnessDisjoint(), c.disabledGenes(), c.averageWeights()));
    }
}
