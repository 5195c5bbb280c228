package org.neurula.neat.genome;

import java.util.Arrays;

/**
 * The connection genes of a genome as parallel primitive arrays sorted by innovation number (the
 * struct-of-arrays layout SharpNEAT uses). The structure arrays (innovation, source, target) are
 * shared between a parent and a child whose weights alone were mutated. Immutable.
 */
public final class ConnectionGenes {

    private final int[] innovations;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;
    private final boolean[] enabled;

    ConnectionGenes(int[] innovations, int[] sources, int[] targets, double[] weights, boolean[] enabled) {
        this.innovations = innovations;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
        this.enabled = enabled;
    }

    /**
     * Connection genes from arrays sorted by innovation; the arrays are copied.
     *
     * @throws IllegalArgumentException if lengths differ or innovations are not strictly increasing
     */
    public static ConnectionGenes of(int[] innovations, int[] sources, int[] targets, double[] weights,
            boolean[] enabled) {
        int n = innovations.length;
        if (sources.length != n || targets.length != n || weights.length != n || enabled.length != n) {
            throw new IllegalArgumentException("connection gene arrays differ in length");
        }
        for (int i = 1; i < n; i++) {
            if (innovations[i] <= innovations[i - 1]) {
                throw new IllegalArgumentException(
                        "innovations must be strictly increasing: " + Arrays.toString(innovations));
            }
        }
        return new ConnectionGenes(innovations.clone(), sources.clone(), targets.clone(), weights.clone(),
                enabled.clone());
    }

    ConnectionGenes validated() {
        for (int i = 1; i < innovations.length; i++) {
            if (innovations[i] <= innovations[i - 1]) {
                throw new IllegalArgumentException("innovation " + innovations[i] + " appears twice");
            }
        }
        return this;
    }

    /** Number of connection genes, enabled or not. */
    public int size() {
        return innovations.length;
    }

    /** Innovation number of gene {@code index}. */
    public int innovation(int index) {
        return innovations[index];
    }

    /** Source node id of gene {@code index}. */
    public int source(int index) {
        return sources[index];
    }

    /** Target node id of gene {@code index}. */
    public int target(int index) {
        return targets[index];
    }

    /** Weight of gene {@code index}. */
    public double weight(int index) {
        return weights[index];
    }

    /** Whether gene {@code index} is expressed. */
    public boolean enabled(int index) {
        return enabled[index];
    }

    /** Number of enabled genes. */
    public int enabledCount() {
        int count = 0;
        for (boolean e : enabled) {
            if (e) {
                count++;
            }
        }
        return count;
    }

    /** Index of the gene with that innovation, or a negative number if absent. */
    public int indexOf(int innovation) {
        return Arrays.binarySearch(innovations, innovation);
    }

    /** Index of a gene from {@code source} to {@code target}, or -1. */
    public int find(int source, int target) {
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] == source && targets[i] == target) {
                return i;
            }
        }
        return -1;
    }

    /** A copy of the weights. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the enabled flags. */
    public boolean[] enabledFlags() {
        return enabled.clone();
    }

    /** The same structure (shared arrays) with new weights. */
    public ConnectionGenes withWeights(double[] newWeights) {
        if (newWeights.length != weights.length) {
            throw new IllegalArgumentException("weight array length " + newWeights.length + " != " + weights.length);
        }
        return new ConnectionGenes(innovations, sources, targets, newWeights.clone(), enabled);
    }

    /** The same structure and weights with new enabled flags. */
    public ConnectionGenes withEnabled(boolean[] newEnabled) {
        if (newEnabled.length != enabled.length) {
            throw new IllegalArgumentException("enabled array length " + newEnabled.length + " != " + enabled.length);
        }
        return new ConnectionGenes(innovations, sources, targets, weights, newEnabled.clone());
    }

    /** Whether this and {@code other} share innovation, source and target arrays. */
    public boolean sharesStructureWith(ConnectionGenes other) {
        return innovations == other.innovations && sources == other.sources && targets == other.targets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionGenes c && Arrays.equals(innovations, c.innovations)
                && Arrays.equals(sources, c.sources) && Arrays.equals(targets, c.targets)
                && Arrays.equals(weights, c.weights) && Arrays.equals(enabled, c.enabled);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(innovations) + Arrays.hashCode(weights);
    }
}
