package org.neurula.neat.config;

/**
 * How offspring are mated, with the NEAT paper's values as defaults.
 *
 * @param mutationOnly          fraction of offspring made by mutation alone (paper: 0.25)
 * @param interspeciesMating    probability that a mated offspring's second parent comes from another
 *                              species (paper: 0.001)
 * @param disableRate           probability that a gene disabled in either parent is disabled in the
 *                              child (paper: 0.75)
 * @param mateOnly              probability that a mated offspring is not mutated afterwards (0.2, from
 *                              the parameter files of Stanley's NEAT release)
 * @param equalFitnessDisjoint  when both parents are equally fit: {@code BOTH} inherits disjoint and
 *                              excess genes from both (the paper's text), {@code SMALLER} from the
 *                              parent with fewer genes (Stanley's NEAT code, which keeps equally fit
 *                              parents from adding structural baggage), {@code RANDOM} from one
 *                              parent chosen at random
 * @param disabledGenes         how a matching gene that is disabled in either parent is inherited:
 *                              {@code PAPER} disables it with probability {@code disableRate} and
 *                              enables it otherwise (Stanley &amp; Miikkulainen 2002, section 4.1);
 *                              {@code RELEASE} disables it with probability {@code disableRate} and
 *                              otherwise keeps the enabled flag of the gene picked, so a gene disabled in
 *                              both parents stays disabled (the NEAT C++ release, mate_multipoint)
 * @param averageWeights        probability that a mating gives each matching gene the mean of the two
 *                              parents' weights instead of one parent's weight (0: never; Stanley &amp;
 *                              Miikkulainen 2004 (JAIR) and the NEAT C++ release's parameter files use
 *                              0.4, mate_multipoint_avg). An averaging mating always follows the
 *                              {@code PAPER} rule for disabled genes, as the release does
 */
public record CrossoverParameters(
        double mutationOnly,
        double interspeciesMating,
        double disableRate,
        double mateOnly,
        EqualFitnessDisjoint equalFitnessDisjoint,
        DisabledGenes disabledGenes,
        double averageWeights) {

    /**
     * The settings with {@code disabledGenes} {@code PAPER} and {@code averageWeights} 0, the defaults
     * (matching weights and disabled flags inherited as the NEAT paper describes).
     */
    public CrossoverParameters(double mutationOnly, double interspeciesMating, double disableRate, double mateOnly,
            EqualFitnessDisjoint equalFitnessDisjoint) {
        this(mutationOnly, interspeciesMating, disableRate, mateOnly, equalFitnessDisjoint, DisabledGenes.PAPER, 0.0);
    }

    /** Where disjoint and excess genes come from when the parents are equally fit. */
    public enum EqualFitnessDisjoint {
        /** From both parents. */
        BOTH,
        /** From the parent with fewer connection genes (a random one if both have as many). */
        SMALLER,
        /** From one parent chosen at random. */
        RANDOM
    }

    /** How a matching gene that is disabled in either parent is inherited. */
    public enum DisabledGenes {
        /**
         * Disabled with probability {@code disableRate}, else enabled (the text of Stanley &amp;
         * Miikkulainen 2002).
         */
        PAPER,
        /**
         * Disabled with probability {@code disableRate}, else with the enabled flag of the parent gene
         * picked (the NEAT C++ release).
         */
        RELEASE
    }

    /** The NEAT paper's settings. */
    public static CrossoverParameters defaults() {
        return new CrossoverParameters(0.25, 0.001, 0.75, 0.2, EqualFitnessDisjoint.BOTH, DisabledGenes.PAPER, 0.0);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.probability(mutationOnly, prefix + ".mutationOnly");
        problems.probability(interspeciesMating, prefix + ".interspeciesMating");
        problems.probability(disableRate, prefix + ".disableRate");
        problems.probability(mateOnly, prefix + ".mateOnly");
        problems.require(equalFitnessDisjoint != null, prefix + ".equalFitnessDisjoint", "must be BOTH, SMALLER or RANDOM");
        problems.require(disabledGenes != null, prefix + ".disabledGenes", "must be PAPER or RELEASE");
        problems.probability(averageWeights, prefix + ".averageWeights");
    }
}
