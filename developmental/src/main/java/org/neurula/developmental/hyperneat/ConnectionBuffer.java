package org.neurula.developmental.hyperneat;

import java.util.Arrays;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * The expressed connections of one decoding, in primitive arrays that double when full (one growth per
 * doubling, never one allocation per connection). Not thread-safe: one per decoding.
 */
final class ConnectionBuffer {

    private static final int P = PlasticityGenes.PARAMETERS;

    private int[] sources;
    private int[] targets;
    private double[] weights;
    private double[] parameters;
    private int size;

    ConnectionBuffer(int capacity, boolean plastic) {
        int c = Math.max(16, capacity);
        sources = new int[c];
        targets = new int[c];
        weights = new double[c];
        parameters = plastic ? new double[c * P] : null;
    }

    /** Adds a connection and returns its index; with plasticity, fill its parameters at {@link #parameterOffset}. */
    int add(int source, int target, double weight) {
        if (size == sources.length) {
            int c = size * 2;
            sources = Arrays.copyOf(sources, c);
            targets = Arrays.copyOf(targets, c);
            weights = Arrays.copyOf(weights, c);
            if (parameters != null) {
                parameters = Arrays.copyOf(parameters, c * P);
            }
        }
        sources[size] = source;
        targets[size] = target;
        weights[size] = weight;
        return size++;
    }

    /** Where the plasticity parameters of connection {@code c} start. */
    int parameterOffset(int c) {
        return c * P;
    }

    /** The parameter array (plastic buffers only); valid until the next {@link #add}. */
    double[] parameters() {
        return parameters;
    }

    int size() {
        return size;
    }

    int[] sources() {
        return Arrays.copyOf(sources, size);
    }

    int[] targets() {
        return Arrays.copyOf(targets, size);
    }

    double[] weights() {
        return Arrays.copyOf(weights, size);
    }

    double[] plasticity() {
        return Arrays.copyOf(parameters, size * P);
    }
}
