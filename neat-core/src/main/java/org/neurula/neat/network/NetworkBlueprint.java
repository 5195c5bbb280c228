package org.neurula.neat.network;

import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;

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
 * @param plasticity  the learning rule and per-connection rule parameters, or null for a static network;
 *                    connections leaving {@linkplain NodeKind#MODULATORY modulatory} nodes carry
 *                    modulation, not activity, in either case
 * @param positions   where each node sits (substrate coordinates from an indirect encoding), or null
 *                    when the decoder places nothing (the direct encoding)
 */
public record NetworkBlueprint(
        int[] nodeIds,
        NodeKind[] kinds,
        ActivationFunction[] activations,
        double[] biases,
        int[] sources,
        int[] targets,
        double[] weights,
        boolean recurrent,
        PlasticityBlueprint plasticity,
        Positions positions) {

    /** A blueprint without node positions. */
    public NetworkBlueprint(int[] nodeIds, NodeKind[] kinds, ActivationFunction[] activations, double[] biases,
            int[] sources, int[] targets, double[] weights, boolean recurrent, PlasticityBlueprint plasticity) {
        this(nodeIds, kinds, activations, biases, sources, targets, weights, recurrent, plasticity, null);
    }

    /** A static blueprint. */
    public NetworkBlueprint(int[] nodeIds, NodeKind[] kinds, ActivationFunction[] activations, double[] biases,
            int[] sources, int[] targets, double[] weights, boolean recurrent) {
        this(nodeIds, kinds, activations, biases, sources, targets, weights, recurrent, null, null);
    }

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
        if (plasticity != null && plasticity.parameters().length != m * org.neurula.neat.plasticity.PlasticityGenes.PARAMETERS) {
            throw new IllegalArgumentException("plasticity parameters for " + plasticity.parameters().length
                    / org.neurula.neat.plasticity.PlasticityGenes.PARAMETERS + " connections, blueprint has " + m);
        }
        if (positions != null && positions.count() != n) {
            throw new IllegalArgumentException(positions.count() + " node positions for " + n + " nodes");
        }
    }

    /** The same blueprint without plasticity: what the network is with every learning rate 0. */
    public NetworkBlueprint withoutPlasticity() {
        return new NetworkBlueprint(nodeIds, kinds, activations, biases, sources, targets, weights, recurrent, null,
                positions);
    }

    /** Whether connection {@code c} leaves a modulatory node and so carries modulation. */
    public boolean isModulatory(int c) {
        return kinds[sources[c]] == NodeKind.MODULATORY;
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
