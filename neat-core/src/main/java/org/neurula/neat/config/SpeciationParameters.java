package org.neurula.neat.config;

/**
 * Compatibility distance δ = c1·E/N + c2·D/N + c3·W̄ and the species threshold, with the NEAT
 * paper's values as defaults.
 *
 * @param excessCoefficient     c1 (paper: 1.0)
 * @param disjointCoefficient   c2 (paper: 1.0)
 * @param weightCoefficient     c3 (paper: 0.4)
 * @param threshold             δt, the distance under which a genome joins a species (paper: 3.0)
 * @param normalizeBelow        N is 1 when the larger genome has fewer connection genes than this
 *                              (paper: 20); 0 makes N always the larger genome's size
 * @param normalize             false sets N = 1 always
 * @param targetSpecies         when positive, the threshold moves each generation by {@code thresholdStep}
 *                              toward this many species: down while there are fewer, up while there are
 *                              more and new species are still being founded (with {@code FIRST}
 *                              assignment, up whenever there are more); 0 keeps it fixed, as in the
 *                              paper. Default 15: with the paper's fixed 3.0, genomes past 20 genes
 *                              (where δ is divided by the size) all fall into one species. With
 *                              {@code method: KMEANS}, the number of species (then it must be positive)
 * @param thresholdStep         the nudge
 * @param minThreshold          the threshold never goes below this
 * @param representative        which member of the previous generation a species is compared against:
 *                              {@code RANDOM}, a random member (Stanley &amp; Miikkulainen 2002, section
 *                              3.3); {@code CHAMPION}, its best member, as the NEAT C++ release compares
 *                              new genomes with the first (best) organism of each species
 * @param assignment            which species a genome joins among those within the threshold:
 *                              {@code NEAREST}, the one whose representative is nearest (neat-python's
 *                              rule, the default), or {@code FIRST}, the first in id order (the paper's
 *                              text and the NEAT C++ release); with the first rule, a threshold above
 *                              the population's typical distance puts every genome into the oldest
 *                              species at once
 * @param thresholdDropAfter    when positive, while there are fewer species than {@code targetSpecies}
 *                              and the youngest species is at least this many generations old (no
 *                              surviving species was founded since), the threshold falls at once to
 *                              the largest distance between a genome and the representative of the
 *                              species it joined, so that the farthest genomes found species again
 *                              instead of waiting for the step-by-step descent; 0 turns this off (the
 *                              rule before 2026-12-02). Default 3: on the plastic T-maze, species stopped
 *                              being founded for 20 to 30 generations while the threshold came down
 *                              0.1 a generation from far above the population's distances
 * @param method                {@code THRESHOLD}, the compatibility threshold of the paper (with the
 *                              settings above), or {@code KMEANS}, SharpNEAT's k-means speciation: exactly
 *                              {@code targetSpecies} species every generation, each genome in the
 *                              species whose medoid (the member with the least summed δ to the others)
 *                              is nearest, up to 5 reassignment rounds, an emptied species replaced by
 *                              one founded by the genome farthest from its species' medoid;
 *                              {@code threshold}, {@code representative} and {@code assignment} are then
 *                              unused. Slower on XOR (15 species: 11,688 mean evaluations against
 *                              4,043), so not the default
 */
public record SpeciationParameters(
        double excessCoefficient,
        double disjointCoefficient,
        double weightCoefficient,
        double threshold,
        int normalizeBelow,
        boolean normalize,
        int targetSpecies,
        double thresholdStep,
        double minThreshold,
        Representative representative,
        Assignment assignment,
        int thresholdDropAfter,
        Method method) {

    /** The settings with {@code method} {@code THRESHOLD}, the default. */
    public SpeciationParameters(double excessCoefficient, double disjointCoefficient, double weightCoefficient,
            double threshold, int normalizeBelow, boolean normalize, int targetSpecies, double thresholdStep,
            double minThreshold, Representative representative, Assignment assignment,
            int thresholdDropAfter) {
        this(excessCoefficient, disjointCoefficient, weightCoefficient, threshold, normalizeBelow, normalize,
                targetSpecies, thresholdStep, minThreshold, representative, assignment, thresholdDropAfter,
                Method.THRESHOLD);
    }

    /** The settings with {@code thresholdDropAfter} 3, the default. */
    public SpeciationParameters(double excessCoefficient, double disjointCoefficient, double weightCoefficient,
            double threshold, int normalizeBelow, boolean normalize, int targetSpecies, double thresholdStep,
            double minThreshold, Representative representative, Assignment assignment) {
        this(excessCoefficient, disjointCoefficient, weightCoefficient, threshold, normalizeBelow, normalize,
                targetSpecies, thresholdStep, minThreshold, representative, assignment, 3);
    }

    /** How the population is divided into species. */
    public enum Method {
        /** Compatibility threshold δt (Stanley &amp; Miikkulainen 2002, section 3.3). */
        THRESHOLD,
        /** A fixed number of species, {@code targetSpecies}, by k-medoids under δ (SharpNEAT's k-means). */
        KMEANS
    }


    /** The settings with {@code assignment} {@code NEAREST}, the default. */
    public SpeciationParameters(double excessCoefficient, double disjointCoefficient, double weightCoefficient,
            double threshold, int normalizeBelow, boolean normalize, int targetSpecies, double thresholdStep,
            double minThreshold, Representative representative) {
        this(excessCoefficient, disjointCoefficient, weightCoefficient, threshold, normalizeBelow, normalize,
                targetSpecies, thresholdStep, minThreshold, representative, Assignment.NEAREST);
    }

    /** Which of the species within the threshold a genome joins. */
    public enum Assignment {
        /** The species whose representative is nearest (ties to the older species). */
        NEAREST,
        /** The first species in id order (Stanley &amp; Miikkulainen 2002, section 3.3). */
        FIRST
    }

    /** The settings with {@code representative} {@code RANDOM}, the default. */
    public SpeciationParameters(double excessCoefficient, double disjointCoefficient, double weightCoefficient,
            double threshold, int normalizeBelow, boolean normalize, int targetSpecies, double thresholdStep,
            double minThreshold) {
        this(excessCoefficient, disjointCoefficient, weightCoefficient, threshold, normalizeBelow, normalize,
                targetSpecies, thresholdStep, minThreshold, Representative.RANDOM);
    }

    /** Which member of the previous generation represents a species. */
    public enum Representative {
        /** A random member (the text of Stanley &amp; Miikkulainen 2002). */
        RANDOM,
        /**
         * The best member, as in the NEAT C++ release (ties go to the member with fewer connection
         * genes, then to the earlier one, as when reproduction picks the species champion).
         */
        CHAMPION
    }

    /** The NEAT paper's settings. */
    public static SpeciationParameters defaults() {
        return new SpeciationParameters(1.0, 1.0, 0.4, 3.0, 20, true, 15, 0.1, 0.1, Representative.RANDOM,
                Assignment.NEAREST, 3, Method.THRESHOLD);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.nonNegative(excessCoefficient, prefix + ".excessCoefficient");
        problems.nonNegative(disjointCoefficient, prefix + ".disjointCoefficient");
        problems.nonNegative(weightCoefficient, prefix + ".weightCoefficient");
        problems.positive(threshold, prefix + ".threshold");
        problems.require(normalizeBelow >= 0, prefix + ".normalizeBelow", "must be zero or positive, was " + normalizeBelow);
        problems.require(targetSpecies >= 0, prefix + ".targetSpecies", "must be zero (off) or positive, was " + targetSpecies);
        problems.positive(thresholdStep, prefix + ".thresholdStep");
        problems.positive(minThreshold, prefix + ".minThreshold");
        problems.require(representative != null, prefix + ".representative", "must be RANDOM or CHAMPION");
        problems.require(assignment != null, prefix + ".assignment", "must be NEAREST or FIRST");
        problems.require(thresholdDropAfter >= 0, prefix + ".thresholdDropAfter",
                "must be zero (off) or positive, was " + thresholdDropAfter);
        problems.require(method != null, prefix + ".method", "must be THRESHOLD or KMEANS");
        problems.require(method != Method.KMEANS || targetSpecies >= 1, prefix + ".targetSpecies",
                "must be positive with " + prefix + ".method KMEANS, where it is the number of species; was "
                        + targetSpecies + " (set it, for example to 15, or use method THRESHOLD)");
    }
}
