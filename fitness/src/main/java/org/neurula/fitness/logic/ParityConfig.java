package org.neurula.fitness.logic;

/**
 * Parameters of the parity task.
 *
 * @param bits number of inputs, 2 to 16
 */
public record ParityConfig(int bits) {
}
