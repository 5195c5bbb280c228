package org.neurula.neat.engine;

import org.neurula.neat.genome.Genome;

/**
 * One member of the population waiting to be evaluated, as saved in an {@link EngineState}.
 *
 * @param id      the genome id
 * @param genome  the genome
 * @param carried the fitness an unchanged copy of an elite carries over (used instead of a new
 *                evaluation when the task is deterministic), or {@code null}
 */
public record PopulationEntry(long id, Genome genome, Fitness carried) {
}
