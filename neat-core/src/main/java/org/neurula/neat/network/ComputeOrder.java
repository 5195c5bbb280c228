package org.neurula.neat.network;

import java.util.Arrays;
import org.neurula.neat.genome.NodeKind;

/**
 * The order in which a compiled network lays out and computes its nodes: input and bias nodes first,
 * then the computed nodes layer by layer (a layer's nodes do not feed each other), each layer's nodes
 * with most incoming activity connections first (ties by index), so that the groups of
 * {@link NodeGroups} join nodes of similar in-degree and need little padding.
 *
 * @param nodes         the node at each position
 * @param positions     the position of each node
 * @param firstComputed the first position of a computed node
 * @param layerEnd      the layers of computed nodes are {@code [firstComputed, layerEnd[0])},
 *                      {@code [layerEnd[0], layerEnd[1])}, …
 */
record ComputeOrder(int[] nodes, int[] positions, int firstComputed, int[] layerEnd) {

    /**
     * A feed-forward network's order: its depth order with the nodes of each depth sorted by in-degree.
     *
     * @param depth      per node, from {@link Topology#depths}
     * @param depthOrder from {@link Topology#depthOrder(NetworkBlueprint, int[])}
     */
    static ComputeOrder feedForward(NetworkBlueprint blueprint, int[] depth, int[] depthOrder, Layout layout) {
        int n = depthOrder.length;
        int[] nodes = depthOrder.clone();
        int first = firstComputed(blueprint.kinds(), nodes);
        int layers = 0;
        for (int p = first; p < n; p++) {
            if (p == first || depth[nodes[p]] != depth[nodes[p - 1]]) {
                layers++;
            }
        }
        int[] layerEnd = new int[layers];
        long[] keys = new long[n - first];
        int layer = 0;
        for (int a = first; a < n; ) {
            int b = a + 1;
            while (b < n && depth[nodes[b]] == depth[nodes[a]]) {
                b++;
            }
            byInDegree(nodes, a, b, layout, keys);
            layerEnd[layer++] = b;
            a = b;
        }
        return new ComputeOrder(nodes, positions(nodes), first, layerEnd);
    }

    /** A recurrent network's order: all computed nodes form one layer. */
    static ComputeOrder recurrent(NetworkBlueprint blueprint, Layout layout) {
        int n = blueprint.nodeCount();
        NodeKind[] kinds = blueprint.kinds();
        int[] nodes = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i].isSource()) {
                nodes[k++] = i;
            }
        }
        int first = k;
        for (int i = 0; i < n; i++) {
            if (!kinds[i].isSource()) {
                nodes[k++] = i;
            }
        }
        byInDegree(nodes, first, n, layout, new long[n - first]);
        return new ComputeOrder(nodes, positions(nodes), first, first < n ? new int[] {n} : new int[0]);
    }

    private static int[] positions(int[] nodes) {
        int[] position = new int[nodes.length];
        for (int p = 0; p < nodes.length; p++) {
            position[nodes[p]] = p;
        }
        return position;
    }

    private static int firstComputed(NodeKind[] kinds, int[] nodes) {
        int first = 0;
        while (first < nodes.length && kinds[nodes[first]].isSource()) {
            first++;
        }
        return first;
    }

    /**
     * Sorts {@code nodes[from, to)} by in-degree, most first, ties by node index; layers too small for
     * a group of {@link NodeGroups#WIDTH} are computed node by node and stay as they are.
     */
    private static void byInDegree(int[] nodes, int from, int to, Layout layout, long[] keys) {
        if (to - from < NodeGroups.WIDTH) {
            return;
        }
        int count = to - from;
        for (int k = 0; k < count; k++) {
            int node = nodes[from + k];
            keys[k] = ((long) -layout.inDegree()[node] << 32) | node;
        }
        Arrays.sort(keys, 0, count);
        for (int k = 0; k < count; k++) {
            nodes[from + k] = (int) keys[k];
        }
    }
}
