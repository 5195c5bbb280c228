package org.neurula.neat.genome;

import java.util.Arrays;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * The connection genes of a genome as parallel primitive arrays sorted by innovation number (the
 * struct-of-arrays layout SharpNEAT uses). The structure arrays (innovation, source, target) are
 * shared between a parent and a child whose weights alone were mutated. Immutable.
 *
 * <p>When plasticity parameters evolve per connection, every gene also carries its learning rate and
 * rule coefficients (η, A, B, C, D), stored in one array beside the weights; otherwise there is none.
 */
public final class ConnectionGenes {

    private final int[] innovations;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;
    private final boolean[] enabled;
    private final double[] plasticity;

    ConnectionGenes(int[] innovations, int[] sources, int[] targets, double[] weights, boolean[] enabled,
            double[] plasticity) {
        this.innovations = innovations;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
        this.enabled = enabled;
        this.plasticity = plasticity;
        if (plasticity != null && plasticity.length != innovations.length * PlasticityGenes.PARAMETERS) {
            throw new IllegalArgumentException("plasticity array length " + plasticity.length + " != "
                    + innovations.length + " genes x " + PlasticityGenes.PARAMETERS);
        }
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
                enabled.clone(), null);
    }

    ConnectionGenes validated() {
        for (int i = 1; i < innovations.length; i++) {
            if (innovations[i] <= innovations[i - 1]) {
                throw new IllegalArgumentException("innovation " + innovations[i] + " appears twice");
            }
        }
        return this;
    }

    /** The source ids themselves, for this package's checks; never handed out. */
    int[] sourceArray() {
        return sources;
    }

    /** The target ids themselves, for this package's checks; never handed out. */
    int[] targetArray() {
        return targets;
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

    /** Whether every gene carries its own plasticity parameters. */
    public boolean hasPlasticity() {
        return plasticity != null;
    }

    /**
     * Plasticity parameter {@code k} (0 η, 1 A, 2 B, 3 C, 4 D) of gene {@code index}.
     *
     * @throws IllegalStateException if the genes carry no plasticity parameters
     */
    public double plasticity(int index, int k) {
        if (plasticity == null) {
            throw new IllegalStateException("these connection genes carry no plasticity parameters");
        }
        return plasticity[index * PlasticityGenes.PARAMETERS + k];
    }

    /** A copy of gene {@code index}'s plasticity parameters (η, A, B, C, D), or null if there are none. */
    public double[] plasticityOf(int index) {
        if (plasticity == null) {
            return null;
        }
        int from = index * PlasticityGenes.PARAMETERS;
        return Arrays.copyOfRange(plasticity, from, from + PlasticityGenes.PARAMETERS);
    }

    /** A copy of all plasticity parameters, gene after gene, or null if there are none. */
    public double[] plasticity() {
        return plasticity == null ? null : plasticity.clone();
    }

    /** The same genes (shared arrays) with new plasticity parameters, {@link PlasticityGenes#PARAMETERS} per gene. */
    public ConnectionGenes withPlasticity(double[] newPlasticity) {
        return new ConnectionGenes(innovations, sources, targets, weights, enabled, newPlasticity.clone());
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
        return new ConnectionGenes(innovations, sources, targets, newWeights.clone(), enabled, plasticity);
    }

    /** The same structure and weights with new enabled flags. */
    public ConnectionGenes withEnabled(boolean[] newEnabled) {
        if (newEnabled.length != enabled.length) {
            throw new IllegalArgumentException("enabled array length " + newEnabled.length + " != " + enabled.length);
        }
        return new ConnectionGenes(innovations, sources, targets, weights, newEnabled.clone(), plasticity);
    }

    /**
     * The same structure (shared arrays) with new weights, enabled flags and plasticity parameters
     * (null when the genes carry none); the arrays are copied.
     */
    public ConnectionGenes withValues(double[] newWeights, boolean[] newEnabled, double[] newPlasticity) {
        if (newWeights.length != weights.length || newEnabled.length != enabled.length) {
            throw new IllegalArgumentException("value arrays of length " + newWeights.length + " and "
                    + newEnabled.length + " for " + weights.length + " genes");
        }
        return new ConnectionGenes(innovations, sources, targets, newWeights.clone(), newEnabled.clone(),
                newPlasticity == null ? null : newPlasticity.clone());
    }

    /** Whether this and {@code other} share innovation, source and target arrays. */
    public boolean sharesStructureWith(ConnectionGenes other) {
        return innovations == other.innovations && sources == other.sources && targets == other.targets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionGenes c && Arrays.equals(innovations, c.innovations)
                && Arrays.equals(sources, c.sources) && Arrays.equals(targets, c.targets)
                && Arrays.equals(weights, c.weights) && Arrays.equals(enabled, c.enabled)
                && Arrays.equals(plasticity, c.plasticity);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(innovations) + Arrays.hashCode(weights);
    }
}
