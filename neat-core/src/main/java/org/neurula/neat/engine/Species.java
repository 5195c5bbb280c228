package org.neurula.neat.engine;

/**
 * A species as it stood at the end of a generation.
 *
 * @param id            unique within the run
 * @param age           generations since it appeared
 * @param size          number of members
 * @param bestFitness   the best fitness any member ever reached
 * @param stagnation    generations since {@code bestFitness} last improved
 * @param championId    id of its best member this generation
 * @param meanFitness   mean fitness of its members this generation
 */
public record Species(int id, int age, int size, double bestFitness, int stagnation, long championId,
        double meanFitness) {
}
