package org.neurula.developmental.evolution;

/**
 * What a vector evolution ended with.
 *
 * @param champion           the best vector of the run (a solver first, then the highest fitness)
 * @param championScore      its score
 * @param championGeneration the generation it was found in
 * @param generations        generations run
 * @param evaluations        evaluations made
 * @param solvedEvaluations  evaluations until the first solver, or −1
 * @param solvedGenerations  generations until the first solver (counted from 1), or −1
 */
public record VectorOutcome(double[] champion, VectorScore championScore, long championGeneration, long generations,
        long evaluations, long solvedEvaluations, long solvedGenerations) {

    /** Whether some vector solved the task. */
    public boolean solved() {
        return solvedEvaluations >= 0;
    }
}
