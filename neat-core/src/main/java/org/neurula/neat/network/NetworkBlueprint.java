package org.neurula.neat.network;

import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;

/**
 * What a decoder makes of a genome and a compiler turns into a {@link Network}: nodes with their
 * kind, activation and bias, and the expressed connections between node indices. Decoders other
 * than the direct one (HyperNEAT substrates, developmental programs) produce the same form.
 * Arrays are owned by the blueprint once passed in; callers must not modify them afterwards.
 *
 * @param nodeIds     an identifying id per node (genome node ids for the direct decoder)
 * @param kinds       per node
 * @param activations per node
 * @param biases      per node
 * @param sources     per connection, the index (into the node arrays) of its source
 * @param targets     per connection, the index of its target
 * @param weights     per connection
 * @param recurrent   whether cycles are allowed
 */
public record NetworkBlueprint(
        int[] nodeIds,
        NodeKind[] kinds,
        ActivationFunction[] activations,
        double[] biases,
        int[] sources,
        int[] targets,
        double[] weights,
        boolean recurrent) {

    /** Validates lengths and indices. */
    public NetworkBlueprint {
        int n = nodeIds.length;
        if (kinds.length != n || activations.length != n || biases.length != n) {
            throw new IllegalArgumentException("node arrays differ in length");
        }
        int m = sources.length;
        if (targets.length != m || weights.length != m) {
            throw new IllegalArgumentException("connection arrays differ in length");
        }
        for (int c = 0; c < m; c++) {
            if (sources[c] < 0 || sources[c] >= n || targets[c] < 0 || targets[c] >= n) {
                throw new IllegalArgumentException("connection " + c + " refers to a node index out of range");
            }
        }
    }

    /** Number of nodes. */
    public int nodeCount() {
        return nodeIds.length;
    }

    /** Number of connections. */
    public int connectionCount() {
        return sources.length;
    }
}
