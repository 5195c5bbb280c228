package org.neurula.neat.network;

import java.util.Arrays;
import org.neurula.neat.genome.NodeKind;

/**
 * The orders in which compiled networks lay out their nodes: node indices by position. Within a layer
 * (nodes that do not feed each other) the nodes with most incoming activity connections come first,
 * so that the groups of {@link NodeGroups} join nodes of similar in-degree and need little padding.
 */
final class ComputeOrder {

    private ComputeOrder() {
    }

    /**
     * Input and bias nodes first (by index), then by depth; nodes of one depth by in-degree, most first,
     * ties by index.
     *
     * @param depth per node, from {@link Topology#depths}
     */
    static int[] feedForward(NetworkBlueprint blueprint, int[] depth) {
        int[] order = Topology.depthOrder(blueprint, depth);
        int[] degree = activityInDegrees(blueprint);
        int[] rank = ranks(blueprint, depth);
        for (int a = 0; a < order.length; ) {
            int b = a + 1;
            while (b < order.length && rank[order[b]] == rank[order[a]]) {
                b++;
            }
            if (rank[order[a]] > 0) {
                byInDegree(order, a, b, degree);
            }
            a = b;
        }
        return order;
    }

    /** Input and bias nodes first (by index), then all other nodes by in-degree, most first, ties by index. */
    static int[] recurrent(NetworkBlueprint blueprint) {
        int n = blueprint.nodeCount();
        NodeKind[] kinds = blueprint.kinds();
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i].isSource()) {
                order[k++] = i;
            }
        }
        int firstComputed = k;
        for (int i = 0; i < n; i++) {
            if (!kinds[i].isSource()) {
                order[k++] = i;
            }
        }
        byInDegree(order, firstComputed, n, activityInDegrees(blueprint));
        return order;
    }

    /**
     * The computed positions of {@code order}, cut into layers where the rank (0 for input and bias nodes,
     * else depth + 1) changes; {@code depth} null puts all computed nodes in one layer.
     */
    static int[][] layers(NetworkBlueprint blueprint, int[] order, int[] depth) {
        int n = order.length;
        NodeKind[] kinds = blueprint.kinds();
        int first = 0;
        while (first < n && kinds[order[first]].isSource()) {
            first++;
        }
        if (depth == null) {
            return new int[][] {range(first, n)};
        }
        int[] rank = ranks(blueprint, depth);
        int count = 0;
        for (int p = first; p < n; p++) {
            if (p == first || rank[order[p]] != rank[order[p - 1]]) {
                count++;
            }
        }
        int[][] layers = new int[count][];
        int layer = 0;
        for (int a = first; a < n; ) {
            int b = a + 1;
            while (b < n && rank[order[b]] == rank[order[a]]) {
                b++;
            }
            layers[layer++] = range(a, b);
            a = b;
        }
        return layers;
    }

    /** {@code order[i]} is the node at position i; the result maps a node to its position. */
    static int[] positions(int[] order) {
        int[] position = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        return position;
    }

    private static int[] ranks(NetworkBlueprint blueprint, int[] depth) {
        int[] rank = new int[depth.length];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = blueprint.kinds()[i].isSource() ? 0 : depth[i] + 1;
        }
        return rank;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int k = 0; k < r.length; k++) {
            r[k] = from + k;
        }
        return r;
    }

    private static int[] activityInDegrees(NetworkBlueprint blueprint) {
        int[] degree = new int[blueprint.nodeCount()];
        for (int c = 0; c < blueprint.connectionCount(); c++) {
            if (!blueprint.isModulatory(c)) {
                degree[blueprint.targets()[c]]++;
            }
        }
        return degree;
    }

    /** Sorts {@code order[from, to)} by degree, most first, ties by node index. */
    private static void byInDegree(int[] order, int from, int to, int[] degree) {
        if (to - from < 2) {
            return;
        }
        long[] keyed = new long[to - from];
        for (int k = 0; k < keyed.length; k++) {
            int node = order[from + k];
            keyed[k] = ((long) -degree[node] << 32) | node;
        }
        Arrays.sort(keyed);
        for (int k = 0; k < keyed.length; k++) {
            order[from + k] = (int) keyed[k];
        }
    }
}
