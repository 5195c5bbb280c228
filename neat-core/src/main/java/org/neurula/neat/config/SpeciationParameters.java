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
 * @param targetSpecies         when positive, the threshold is nudged each generation by
 *                              {@code thresholdStep} toward this many species; 0 keeps it fixed
 * @param thresholdStep         the nudge
 * @param minThreshold          the threshold never goes below this
 * @param representative        which member of the previous generation a species is compared against:
 *                              {@code RANDOM}, a random member (Stanley &amp; Miikkulainen 2002, section
 *                              3.3); {@code CHAMPION}, its best member, as the NEAT C++ release compares
 *                              new genomes with the first (best) organism of each species
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
        Representative representative) {

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
        return new SpeciationParameters(1.0, 1.0, 0.4, 3.0, 20, true, 0, 0.3, 0.3, Representative.RANDOM);
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
    }
}
