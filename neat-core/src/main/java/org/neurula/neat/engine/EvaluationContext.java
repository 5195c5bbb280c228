package org.neurula.neat.engine;

import java.util.random.RandomGenerator;

/**
 * What an evaluator gets besides the network. Every random draw of an evaluation must come from
 * {@link #random()}, which is derived from (run seed, generation, genome id), so results do not
 * depend on threads.
 *
 * @param random     the evaluation's own generator
 * @param generation the current generation, from 0
 * @param genomeId   the id of the genome being evaluated
 * @param trial      the trial index, for tasks evaluated over several trials
 */
public record EvaluationContext(RandomGenerator random, long generation, long genomeId, int trial) {
}
