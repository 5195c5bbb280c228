package org.neurula.fitness.pole;

/**
 * Parameters of double pole balancing without velocities.
 *
 * @param trialSteps               steps of the fitness trial (Gruau et al.: 1,000)
 * @param testSteps                steps a candidate must then balance from the standard start (100,000)
 * @param generalizationThreshold  of the 625 generalization starts, how many a solution must balance for
 *                                 1,000 steps (the literature: 200)
 * @param startAngle               initial angle of the long pole, radians (0.07 ≈ 4°)
 */
public record DpnvConfig(int trialSteps, int testSteps, int generalizationThreshold, double startAngle) {
}
