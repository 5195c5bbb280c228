package org.neurula.neat.engine;

import org.neurula.neat.genome.Genome;

/**
 * One genome to evaluate: everything an {@link EvaluationBackend} needs besides the run's config. Its
 * evaluation draws its random numbers from (run seed, {@code generation}, {@code id}), so where and
 * when it is evaluated changes nothing.
 *
 * @param generation the generation it is evaluated in
 * @param id         the genome's id in the run
 * @param genome     the genome
 */
public record EvaluationRequest(long generation, long id, Genome genome) {
}
