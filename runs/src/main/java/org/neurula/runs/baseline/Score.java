package org.neurula.runs.baseline;

/**
 * The fitness Jenetics sees for one weight vector: the task's fitness, ordered by value, with the
 * task's verdict on success carried alongside.
 *
 * @param value  the task's fitness (higher is better)
 * @param solved whether the network met the task's criterion
 */
public record Score(double value, boolean solved) implements Comparable<Score> {

    @Override
    public int compareTo(Score other) {
        return Double.compare(value, other.value);
    }
}
