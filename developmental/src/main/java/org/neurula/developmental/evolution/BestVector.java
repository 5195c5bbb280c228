package org.neurula.developmental.evolution;

/**
 * What a vector evolution keeps of its generations: the best vector so far (a first solver, then a higher
 * fitness at an equal verdict; see {@link VectorScore#beats}), when it was found, and when the task was
 * first solved.
 */
final class BestVector {
    double[] vector;
    VectorScore score;
    long generation;
    long generations;
    long solvedEvaluations = -1;
    long solvedGenerations = -1;

    /** Takes in generation {@code at}'s best vector, after {@code evaluations} evaluations in all. */
    void offer(VectorScore s, double[] v, long at, long evaluations) {
        generations = at + 1;
        if (s.beats(score)) {
            score = s;
            vector = v;
            generation = at;
        }
        if (s.solved() && solvedEvaluations < 0) {
            solvedEvaluations = evaluations;
            solvedGenerations = at + 1;
        }
    }

    /** The run's outcome. */
    VectorOutcome outcome(long evaluations) {
        return new VectorOutcome(vector, score, generation, generations, evaluations, solvedEvaluations,
                solvedGenerations);
    }
}
