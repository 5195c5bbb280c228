package org.neurula.neat.reproduction;

import org.neurula.neat.genome.Genome;

/**
 * A member of the next generation.
 *
 * @param id       its id
 * @param genome   its genome
 * @param eliteOf  the parent it is an unchanged copy of (an elite, or a mutant whose mutation changed
 *                 nothing), or {@code null} for a new genome
 */
public record Offspring(long id, Genome genome, Parent eliteOf) {
}
