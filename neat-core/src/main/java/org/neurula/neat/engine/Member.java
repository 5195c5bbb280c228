package org.neurula.neat.engine;

import org.neurula.neat.genome.Genome;

/**
 * An evaluated member of a generation.
 *
 * @param id        unique within the run; children get ids in the order they are made
 * @param genome    the genome
 * @param fitness   its fitness
 * @param solved    whether it met the task's success criterion
 * @param speciesId the species it was assigned to
 */
public record Member(long id, Genome genome, double fitness, boolean solved, int speciesId) {
}
