package org.neurula.fitness.regression;

/**
 * Parameters of function regression.
 *
 * @param function  the target function's name ({@link TargetFunction#ids()})
 * @param samples   number of evenly spaced sample points, both ends included
 * @param from      the first sample point
 * @param to        the last sample point
 * @param tolerance solved when the root-mean-square error over the samples is at most this
 */
public record RegressionConfig(String function, int samples, double from, double to, double tolerance) {
}
