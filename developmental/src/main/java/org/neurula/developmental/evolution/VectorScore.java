package org.neurula.developmental.evolution;

import org.neurula.neat.engine.Fitness;

/**
 * The fitness Jenetics sees for one parameter vector: the task's fitness, ordered by value, with the
 * task's verdict on success carried alongside.
 *
 * @param value  the task's fitness (higher is better)
 * @param solved whether the network met the task's criterion
 */
public record VectorScore(double value, boolean solved) implements Comparable<VectorScore> {

    @Override
    public int compareTo(VectorScore other) {
        return Double.compare(value, other.value);
    }

    /** The score of a task's fitness; a missing or non-finite fitness scores {@code nullFitness}, unsolved. */
    public static VectorScore of(Fitness fitness, double nullFitness) {
        return fitness == null || !Double.isFinite(fitness.value()) ? new VectorScore(nullFitness, false)
                : new VectorScore(fitness.value(), fitness.solved());
    }

    /** Whether this score should replace {@code champion}: a first solver, or a higher value at equal verdict. */
    public boolean beats(VectorScore champion) {
        return champion == null || (solved && !champion.solved())
                || (solved == champion.solved() && value > champion.value());
    }
}
