package org.neurula.neat.engine;

/**
 * The outcome of one network's evaluation.
 *
 * @param value  the fitness (higher is better unless the run minimises)
 * @param solved whether this network meets the task's success criterion
 */
public record Fitness(double value, boolean solved) {

    /** An unsolved result with the given value. */
    public static Fitness of(double value) {
        return new Fitness(value, false);
    }
}
