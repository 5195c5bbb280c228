package org.neurula.neat.engine;

import org.neurula.neat.config.ComplexityParameters;

/**
 * Where a run stands in phased complexity regulation ({@link ComplexityParameters}): complexifying
 * or simplifying, the ceiling on the population's mean number of connection genes, and the lowest
 * mean of the current simplifying phase with the generation it was reached. Part of a run's state
 * (checkpoints save it). Immutable; {@link #next} gives the phase of the coming generation.
 *
 * @param simplifying      whether offspring are being simplified
 * @param ceiling          the mean size past which simplifying starts; NaN before the first generation
 * @param lowestMean       the lowest mean size seen in this simplifying phase (or at its start)
 * @param lowestGeneration the generation that mean was seen
 */
public record ComplexityPhase(boolean simplifying, double ceiling, double lowestMean, long lowestGeneration) {

    /** The phase a run starts in: complexifying, ceiling set by the first generation. */
    public static ComplexityPhase initial() {
        return new ComplexityPhase(false, Double.NaN, Double.NaN, 0);
    }

    /**
     * The phase for breeding from a generation whose mean number of connection genes is {@code mean}.
     *
     * @param parameters the regulation settings
     * @param mean       the population's mean number of connection genes, enabled or not
     * @param generation the generation just evaluated
     */
    public ComplexityPhase next(ComplexityParameters parameters, double mean, long generation) {
        if (parameters.regulation() == ComplexityParameters.Regulation.NONE) {
            return this;
        }
        if (Double.isNaN(ceiling)) {
            return new ComplexityPhase(false, mean + parameters.relativeCeiling(), mean, generation);
        }
        if (!simplifying) {
            return mean > ceiling ? new ComplexityPhase(true, ceiling, mean, generation) : this;
        }
        if (mean < lowestMean) {
            return new ComplexityPhase(true, ceiling, mean, generation);
        }
        if (generation - lowestGeneration >= parameters.minSimplifyGenerations()) {
            return new ComplexityPhase(false, mean + parameters.relativeCeiling(), mean, generation);
        }
        return this;
    }
}
