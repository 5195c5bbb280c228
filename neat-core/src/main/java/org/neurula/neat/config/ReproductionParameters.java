package org.neurula.neat.config;

/**
 * Population size, selection and stagnation, with the NEAT paper's values as defaults.
 *
 * @param populationSize     exact number of genomes in every generation (paper: 150)
 * @param survivalThreshold  fraction of each species (best first) allowed to parent offspring
 * @param stagnationLimit    generations without improvement after which a species stops reproducing,
 *                           unless it holds the population's best genome (paper: 15)
 * @param eliteMinSpeciesSize a species with at least this many members keeps its champion unchanged
 *                           (paper: more than five, so 6); with {@code parentRule: RELEASE}, a species
 *                           that gets at least this many offspring
 * @param objective          whether higher or lower fitness is better
 * @param keepChampion       whether the population's best genome is always copied unchanged, even
 *                           when its species is too small for the species rule (not in the paper;
 *                           on by default so a run never loses its best solution)
 * @param parentRule         how parents and the species champion's copy are chosen: {@code STANDARD}
 *                           takes the best ceil(survivalThreshold·n) of a species of n members as
 *                           parents, always mates two different parents, and keeps the champion when
 *                           the species has at least {@code eliteMinSpeciesSize} members (the paper's
 *                           "more than five networks", Stanley &amp; Miikkulainen 2002, section 4.1);
 *                           {@code RELEASE} copies the NEAT C++ release: floor(survivalThreshold·n + 1)
 *                           parents, mother and father drawn independently (so a parent may be drawn
 *                           twice; such an offspring is made by mutation alone), and the champion kept
 *                           when the species gets at least {@code eliteMinSpeciesSize} offspring
 * @param protectedSpecies   this many species with the best scores ever reached are exempt from the
 *                           stagnation limit (neat-python's species elitism, not in the paper), so a
 *                           run stuck on a plateau cannot lose every stagnant species in one
 *                           generation; 0 (the default) exempts none but the species holding the
 *                           population's best genome. Measured on XOR: 5 protected species cost
 *                           about 300 evaluations (4,355 against 4,060 over 100 runs)
 * @param minSpeciesOffspring offspring every reproducing species gets before the rest is shared by
 *                           fitness (neat-python's {@code min_species_size}, not in the paper), so small
 *                           new species are not all emptied in the generation after their founding;
 *                           1 by default since 2026-12-03 (the plastic T-maze then keeps 5 or more
 *                           species, where with 0 it fell to 2); 0 gives none, the paper's allocation
 */
public record ReproductionParameters(
        int populationSize,
        double survivalThreshold,
        int stagnationLimit,
        int eliteMinSpeciesSize,
        Objective objective,
        boolean keepChampion,
        ParentRule parentRule,
        int protectedSpecies,
        int minSpeciesOffspring) {

    /** The default {@code minSpeciesOffspring}. */
    public static final int DEFAULT_MIN_SPECIES_OFFSPRING = 1;

    /** The settings with {@code minSpeciesOffspring} {@value #DEFAULT_MIN_SPECIES_OFFSPRING}, the default. */
    public ReproductionParameters(int populationSize, double survivalThreshold, int stagnationLimit,
            int eliteMinSpeciesSize, Objective objective, boolean keepChampion, ParentRule parentRule,
            int protectedSpecies) {
        this(populationSize, survivalThreshold, stagnationLimit, eliteMinSpeciesSize, objective, keepChampion,
                parentRule, protectedSpecies, DEFAULT_MIN_SPECIES_OFFSPRING);
    }

    /** The settings with {@code protectedSpecies} 0, the default. */
    public ReproductionParameters(int populationSize, double survivalThreshold, int stagnationLimit,
            int eliteMinSpeciesSize, Objective objective, boolean keepChampion, ParentRule parentRule) {
        this(populationSize, survivalThreshold, stagnationLimit, eliteMinSpeciesSize, objective, keepChampion,
                parentRule, 0);
    }

    /** The settings with {@code parentRule} {@code STANDARD}, the default. */
    public ReproductionParameters(int populationSize, double survivalThreshold, int stagnationLimit,
            int eliteMinSpeciesSize, Objective objective, boolean keepChampion) {
        this(populationSize, survivalThreshold, stagnationLimit, eliteMinSpeciesSize, objective, keepChampion,
                ParentRule.STANDARD);
    }

    /** How parents and the champion's copy are chosen within a species. */
    public enum ParentRule {
        /**
         * ceil(survivalThreshold·n) parents, two different ones per mating, the champion kept in species
         * of at least eliteMinSpeciesSize members (the elite rule of Stanley &amp; Miikkulainen 2002).
         */
        STANDARD,
        /**
         * floor(survivalThreshold·n + 1) parents drawn independently, the champion kept in species that
         * get at least eliteMinSpeciesSize offspring (the NEAT C++ release).
         */
        RELEASE
    }

    /** The NEAT paper's settings, with one offspring at least for every reproducing species. */
    public static ReproductionParameters defaults() {
        return new ReproductionParameters(150, 0.2, 15, 6, Objective.MAXIMIZE, true, ParentRule.STANDARD, 0,
                DEFAULT_MIN_SPECIES_OFFSPRING);
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
        problems.require(parentRule != null, prefix + ".parentRule", "must be STANDARD or RELEASE");
        problems.require(protectedSpecies >= 0, prefix + ".protectedSpecies",
                "must be zero or positive, was " + protectedSpecies);
        problems.require(minSpeciesOffspring >= 0, prefix + ".minSpeciesOffspring",
                "must be zero or positive, was " + minSpeciesOffspring);
    }
}
