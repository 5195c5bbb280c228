package org.neurula.neat.network;

/** Graph algorithms on blueprints. */
public final class Topology {

    private Topology() {
    }

    /**
     * The node indices in an order where every connection goes from an earlier to a later node (input
     * and bias nodes first, then by depth, ties by index), or {@code null} if the connections form a
     * cycle.
     */
    public static int[] depthOrder(NetworkBlueprint blueprint) {
        int[] depth = depths(blueprint);
        return depth == null ? null : depthOrder(blueprint, depth);
    }

    /** {@link #depthOrder(NetworkBlueprint)} from the blueprint's {@link #depths}. */
    static int[] depthOrder(NetworkBlueprint blueprint, int[] depth) {
        int n = blueprint.nodeCount();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int rank = blueprint.kinds()[i].isSource() ? 0 : depth[i] + 1;
            keyed[i] = ((long) rank << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /**
     * The depth of every node: 0 for nodes without incoming connections, else one more than the
     * deepest source; {@code null} if there is a cycle (Kahn's algorithm).
     */
    public static int[] depths(NetworkBlueprint blueprint) {
        int n = blueprint.nodeCount();
        int[] sources = blueprint.sources();
        int[] targets = blueprint.targets();
        int m = sources.length;
        int[] indegree = new int[n];
        int[] outStart = new int[n + 1];
        for (int c = 0; c < m; c++) {
            indegree[targets[c]]++;
            outStart[sources[c] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] outTargets = new int[m];
        // filling moves each start to the next node's start: node i's targets end up in
        // [outStart[i - 1], outStart[i]) (from 0 for the first), with no copy of the starts
        for (int c = 0; c < m; c++) {
            outTargets[outStart[sources[c]]++] = targets[c];
        }
        int[] depth = new int[n];
        int[] queue = new int[n];
        int queued = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                queue[queued++] = i;
            }
        }
        int seen = 0;
        while (seen < queued) {
            int node = queue[seen++];
            for (int k = node == 0 ? 0 : outStart[node - 1], end = outStart[node]; k < end; k++) {
                int t = outTargets[k];
                depth[t] = Math.max(depth[t], depth[node] + 1);
                if (--indegree[t] == 0) {
                    queue[queued++] = t;
                }
            }
        }
        return seen == n ? depth : null;
    }
}
