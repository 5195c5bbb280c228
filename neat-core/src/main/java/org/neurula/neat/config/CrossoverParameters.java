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
 */
public record CrossoverParameters(
        double mutationOnly,
        double interspeciesMating,
        double disableRate,
        double mateOnly,
        EqualFitnessDisjoint equalFitnessDisjoint) {

    /** Where disjoint and excess genes come from when the parents are equally fit. */
    public enum EqualFitnessDisjoint {
        /** From both parents. */
        BOTH,
        /** From the parent with fewer connection genes (a random one if both have as many). */
        SMALLER,
        /** From one parent chosen at random. */
        RANDOM
    }

    /** The NEAT paper's settings. */
    public static CrossoverParameters defaults() {
        return new CrossoverParameters(0.25, 0.001, 0.75, 0.2, EqualFitnessDisjoint.BOTH);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.probability(mutationOnly, prefix + ".mutationOnly");
        problems.probability(interspeciesMating, prefix + ".interspeciesMating");
        problems.probability(disableRate, prefix + ".disableRate");
        problems.probability(mateOnly, prefix + ".mateOnly");
        problems.require(equalFitnessDisjoint != null, prefix + ".equalFitnessDisjoint", "must be BOTH, SMALLER or RANDOM");
    }
}
