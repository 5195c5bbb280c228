package org.neurula.neat.config;

/**
 * Population size, selection and stagnation, with the NEAT paper's values as defaults.
 *
 * @param populationSize     exact number of genomes in every generation (paper: 150)
 * @param survivalThreshold  fraction of each species (best first) allowed to parent offspring
 * @param stagnationLimit    generations without improvement after which a species stops reproducing,
 *                           unless it holds the population's best genome (paper: 15)
 * @param eliteMinSpeciesSize a species with at least this many members keeps its champion unchanged
 *                           (paper: more than five, so 6)
 * @param objective          whether higher or lower fitness is better
 * @param keepChampion       whether the population's best genome is always copied unchanged, even
 *                           when its species is too small for the species rule (not in the paper;
 *                           on by default so a run never loses its best solution)
 */
public record ReproductionParameters(
        int populationSize,
        double survivalThreshold,
        int stagnationLimit,
        int eliteMinSpeciesSize,
        Objective objective,
        boolean keepChampion) {

    /** The NEAT paper's settings. */
    public static ReproductionParameters defaults() {
        return new ReproductionParameters(150, 0.2, 15, 6, Objective.MAXIMIZE, true);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(populationSize >= 2, prefix + ".populationSize", "must be at least 2, was " + populationSize);
        problems.require(survivalThreshold > 0 && survivalThreshold <= 1, prefix + ".survivalThreshold",
                "must lie in (0, 1], was " + survivalThreshold);
        problems.require(stagnationLimit >= 1, prefix + ".stagnationLimit", "must be at least 1, was " + stagnationLimit);
        problems.require(eliteMinSpeciesSize >= 1, prefix + ".eliteMinSpeciesSize",
                "must be at least 1, was " + eliteMinSpeciesSize);
        problems.require(objective != null, prefix + ".objective", "must be MAXIMIZE or MINIMIZE");
    }
}
