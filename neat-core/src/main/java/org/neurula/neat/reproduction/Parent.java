package org.neurula.neat.reproduction;

import org.neurula.neat.genome.Genome;

/**
 * A member of the current generation as reproduction sees it.
 *
 * @param id      the member's id
 * @param genome  its genome
 * @param score   its fitness turned to maximisation
 * @param fitness its fitness as the task reported it
 * @param solved  whether it met the success criterion
 */
public record Parent(long id, Genome genome, double score, double fitness, boolean solved) {
}
