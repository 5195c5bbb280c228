package org.neurula.neat.engine;

/**
 * Wall-clock measurements of one generation; the only non-reproducible part of a snapshot.
 *
 * @param evaluationSeconds time spent evaluating genomes
 * @param generationSeconds time for the whole generation (evaluation, speciation, reproduction)
 */
public record GenerationTiming(double evaluationSeconds, double generationSeconds) {
}
