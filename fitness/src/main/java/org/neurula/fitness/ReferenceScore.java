package org.neurula.fitness;

/**
 * A score a task's results read against, reported beside the fitness (for example the T-maze's
 * theoretical optimum and the best score a network that does not learn can expect).
 *
 * @param name    a short key, used in {@code summary.json} ({@code optimum}, {@code nonLearning})
 * @param value   the score, on the task's fitness scale
 * @param meaning one line saying what the score is
 */
public record ReferenceScore(String name, double value, String meaning) {
}
