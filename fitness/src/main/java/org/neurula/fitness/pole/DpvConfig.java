package org.neurula.fitness.pole;

/**
 * Parameters of double pole balancing with velocities.
 *
 * @param steps      network steps (0.02 s each) to balance for success (the literature: 100,000)
 * @param startAngle initial angle of the long pole, radians (0.07 ≈ 4°; the short pole starts upright)
 */
public record DpvConfig(int steps, double startAngle) {
}
