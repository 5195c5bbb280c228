package org.neurula.fitness.pole;

/**
 * Parameters of single pole balancing.
 *
 * @param steps  network steps (0.02 s each) per episode (3,000: one minute)
 * @param starts random starting states per evaluation; fitness is the worst of them
 */
public record PoleConfig(int steps, int starts) {
}
