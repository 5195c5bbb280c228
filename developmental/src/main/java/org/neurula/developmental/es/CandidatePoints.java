package org.neurula.developmental.es;

import java.util.Arrays;

/** Substrate points with a weight each, in the order an ES-HyperNEAT extraction found them. */
final class CandidatePoints {
    private double[] values = new double[48];
    private int count;

    void add(double px, double py, double w) {
        if (3 * count + 3 > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[3 * count] = px;
        values[3 * count + 1] = py;
        values[3 * count + 2] = w;
        count++;
    }

    int count() {
        return count;
    }

    double x(int k) {
        return values[3 * k];
    }

    double y(int k) {
        return values[3 * k + 1];
    }

    double weight(int k) {
        return values[3 * k + 2];
    }
}
