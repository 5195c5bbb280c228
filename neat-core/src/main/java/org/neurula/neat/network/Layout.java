package org.neurula.neat.network;

import org.neurula.neat.genome.NodeKind;

/**
 * A blueprint's activity-carrying connections (all but those leaving modulatory nodes) grouped by
 * target position (counting sort), with input and output positions; shared by the network compilers.
 *
 * @param inputPositions  position of each input, in node order
 * @param outputPositions position of each output, in node order
 * @param targetStart     connections into position p are {@code [targetStart[p], targetStart[p+1])}
 * @param sources         per grouped connection, the source position
 * @param weights         per grouped connection, the weight
 * @param connections     per grouped connection, its index in the blueprint
 */
record Layout(int[] inputPositions, int[] outputPositions, int[] targetStart, int[] sources, double[] weights,
        int[] connections) {

    static Layout of(NetworkBlueprint blueprint, int[] position) {
        int n = blueprint.nodeCount();
        NodeKind[] kinds = blueprint.kinds();
        int inputs = 0;
        int outputs = 0;
        for (NodeKind kind : kinds) {
            if (kind == NodeKind.INPUT) {
                inputs++;
            } else if (kind == NodeKind.OUTPUT) {
                outputs++;
            }
        }
        int[] inputPositions = new int[inputs];
        int[] outputPositions = new int[outputs];
        int in = 0;
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == NodeKind.INPUT) {
                inputPositions[in++] = position[i];
            } else if (kinds[i] == NodeKind.OUTPUT) {
                outputPositions[out++] = position[i];
            }
        }
        int total = blueprint.connectionCount();
        int m = 0;
        int[] targetStart = new int[n + 1];
        for (int c = 0; c < total; c++) {
            if (!blueprint.isModulatory(c)) {
                targetStart[position[blueprint.targets()[c]] + 1]++;
                m++;
            }
        }
        for (int p = 0; p < n; p++) {
            targetStart[p + 1] += targetStart[p];
        }
        int[] fill = targetStart.clone();
        int[] sources = new int[m];
        double[] weights = new double[m];
        int[] connections = new int[m];
        for (int c = 0; c < total; c++) {
            if (blueprint.isModulatory(c)) {
                continue;
            }
            int slot = fill[position[blueprint.targets()[c]]]++;
            sources[slot] = position[blueprint.sources()[c]];
            weights[slot] = blueprint.weights()[c];
            connections[slot] = c;
        }
        return new Layout(inputPositions, outputPositions, targetStart, sources, weights, connections);
    }
}
