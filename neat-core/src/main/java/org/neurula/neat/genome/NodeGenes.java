package org.neurula.neat.genome;

import java.util.Arrays;
import org.neurula.neat.activation.ActivationFunction;

/**
 * The node genes of a genome, sorted by node id, as parallel arrays. Immutable: the arrays are never
 * handed out, and builders copy what they are given.
 */
public final class NodeGenes {

    private final int[] ids;
    private final NodeKind[] kinds;
    private final ActivationFunction[] activations;
    private final double[] biases;

    NodeGenes(int[] ids, NodeKind[] kinds, ActivationFunction[] activations, double[] biases) {
        this.ids = ids;
        this.kinds = kinds;
        this.activations = activations;
        this.biases = biases;
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException("node ids must be strictly increasing: " + Arrays.toString(ids));
            }
        }
    }

    /**
     * Node genes from arrays in any order; they are copied and sorted by id.
     *
     * @throws IllegalArgumentException if the arrays differ in length or ids repeat
     */
    public static NodeGenes of(int[] ids, NodeKind[] kinds, ActivationFunction[] activations, double[] biases) {
        return adopt(ids.clone(), kinds.clone(), activations.clone(), biases.clone());
    }

    /** Like {@link #of}, but keeps the arrays when they are sorted already: the caller hands them over. */
    static NodeGenes adopt(int[] ids, NodeKind[] kinds, ActivationFunction[] activations, double[] biases) {
        int n = ids.length;
        if (kinds.length != n || activations.length != n || biases.length != n) {
            throw new IllegalArgumentException("node gene arrays differ in length");
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = ids[i] > ids[i - 1];
        }
        if (sorted) {
            // the usual case: a genome's nodes copied in order, a new node with the highest id last
            return new NodeGenes(ids, kinds, activations, biases);
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        int[] sortedIds = new int[n];
        NodeKind[] sortedKinds = new NodeKind[n];
        ActivationFunction[] sortedActivations = new ActivationFunction[n];
        double[] sortedBiases = new double[n];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            sortedIds[i] = ids[k];
            sortedKinds[i] = kinds[k];
            sortedActivations[i] = activations[k];
            sortedBiases[i] = biases[k];
        }
        return new NodeGenes(sortedIds, sortedKinds, sortedActivations, sortedBiases);
    }

    /** Number of node genes. */
    public int size() {
        return ids.length;
    }

    /** Id of the node at {@code index}. */
    public int id(int index) {
        return ids[index];
    }

    /** Kind of the node at {@code index}. */
    public NodeKind kind(int index) {
        return kinds[index];
    }

    /** Activation function of the node at {@code index}. */
    public ActivationFunction activation(int index) {
        return activations[index];
    }

    /** Bias added to the node's summed input. */
    public double bias(int index) {
        return biases[index];
    }

    /** Index of the node with id {@code nodeId}, or a negative number if there is none. */
    public int indexOf(int nodeId) {
        return Arrays.binarySearch(ids, nodeId);
    }

    /**
     * The first index {@code i} at which {@code sources[i]} or {@code targets[i]} is not a node id
     * here, or -1 when all are: a bit set over the id range when the range is small against the
     * number of look-ups, binary search otherwise.
     */
    int firstMissing(int[] sources, int[] targets) {
        int n = sources.length;
        if (n == 0) {
            return -1;
        }
        if (ids.length == 0) {
            return 0;
        }
        int min = ids[0];
        long range = (long) ids[ids.length - 1] - min + 1;
        if (range / 64 > 2L * n + 16) {
            for (int i = 0; i < n; i++) {
                if (Arrays.binarySearch(ids, sources[i]) < 0 || Arrays.binarySearch(ids, targets[i]) < 0) {
                    return i;
                }
            }
            return -1;
        }
        long[] bits = new long[(int) (range / 64) + 1];
        for (int id : ids) {
            int k = id - min;
            bits[k >>> 6] |= 1L << k;
        }
        for (int i = 0; i < n; i++) {
            long s = (long) sources[i] - min;
            long t = (long) targets[i] - min;
            if (s < 0 || s >= range || (bits[(int) (s >>> 6)] & (1L << s)) == 0
                    || t < 0 || t >= range || (bits[(int) (t >>> 6)] & (1L << t)) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a node with that id exists. */
    public boolean contains(int nodeId) {
        return indexOf(nodeId) >= 0;
    }

    /** Number of nodes of the given kind. */
    public int count(NodeKind kind) {
        int count = 0;
        for (NodeKind k : kinds) {
            if (k == kind) {
                count++;
            }
        }
        return count;
    }

    /** Index of the {@code k}-th node (from 0, in id order) of the given kind, or -1 if there are fewer. */
    public int indexOfKind(NodeKind kind, int k) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == kind && k-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Copies with one node's activation replaced. */
    public NodeGenes withActivation(int index, ActivationFunction activation) {
        ActivationFunction[] copy = activations.clone();
        copy[index] = activation;
        return new NodeGenes(ids, kinds, copy, biases);
    }

    /** Copies with all biases replaced; ids, kinds and activations are shared. */
    public NodeGenes withBiases(double[] newBiases) {
        if (newBiases.length != ids.length) {
            throw new IllegalArgumentException("bias array length " + newBiases.length + " != " + ids.length);
        }
        return new NodeGenes(ids, kinds, activations, newBiases.clone());
    }

    /** A copy of the biases. */
    public double[] biases() {
        return biases.clone();
    }

    /** Whether this and {@code other} share their id array (the structure of a weight-only child). */
    public boolean sharesStructureWith(NodeGenes other) {
        return ids == other.ids && kinds == other.kinds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeGenes n && Arrays.equals(ids, n.ids) && Arrays.equals(kinds, n.kinds)
                && Arrays.equals(activations, n.activations) && Arrays.equals(biases, n.biases);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(biases);
    }
}
