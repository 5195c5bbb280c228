package org.neurula.neat.network;

import org.neurula.neat.genome.NodeKind;

/**
 * What the network compilers lay out from: a blueprint's input and output nodes and each node's number
 * of incoming activity connections. Connections leaving modulatory nodes carry modulation, and those
 * into input or bias nodes nothing (their values are set, not computed), so neither counts.
 *
 * @param inputs   the input nodes, in node order
 * @param outputs  the output nodes, in node order
 * @param inDegree per node, its incoming activity connections
 * @param activity the number of activity connections
 */
record Layout(int[] inputs, int[] outputs, int[] inDegree, int activity) {

    static Layout of(NetworkBlueprint blueprint) {
        int n = blueprint.nodeCount();
        NodeKind[] kinds = blueprint.kinds();
        int inputCount = 0;
        int outputCount = 0;
        for (NodeKind kind : kinds) {
            if (kind == NodeKind.INPUT) {
                inputCount++;
            } else if (kind == NodeKind.OUTPUT) {
                outputCount++;
            }
        }
        int[] inputs = new int[inputCount];
        int[] outputs = new int[outputCount];
        int in = 0;
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == NodeKind.INPUT) {
                inputs[in++] = i;
            } else if (kinds[i] == NodeKind.OUTPUT) {
                outputs[out++] = i;
            }
        }
        int[] sources = blueprint.sources();
        int[] targets = blueprint.targets();
        int[] inDegree = new int[n];
        int activity = 0;
        for (int c = 0; c < sources.length; c++) {
            if (carriesActivity(kinds, sources[c], targets[c])) {
                inDegree[targets[c]]++;
                activity++;
            }
        }
        return new Layout(inputs, outputs, inDegree, activity);
    }

    /** Whether a connection from {@code source} to {@code target} carries activity. */
    static boolean carriesActivity(NodeKind[] kinds, int source, int target) {
        return kinds[source] != NodeKind.MODULATORY && !kinds[target].isSource();
    }

    /** {@code nodes} mapped to their positions. */
    static int[] positionsOf(int[] nodes, int[] position) {
        int[] result = new int[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            result[k] = position[nodes[k]];
        }
        return result;
    }
}
