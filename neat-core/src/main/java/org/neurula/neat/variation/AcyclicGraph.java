package org.neurula.neat.variation;

import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.neurula.neat.genome.ConnectionGenes;

/**
 * A directed acyclic graph over node ids that keeps a topological order while edges are added, so
 * that asking "would this edge close a cycle?" is answered in constant time when the edge runs along
 * the order, and otherwise by a search bounded to the nodes whose positions lie between its ends
 * (the dynamic topological ordering of Pearce &amp; Kelly, 2006, "A dynamic topological sort algorithm
 * for directed acyclic graphs", ACM JEA 11). Building it from {@code E} edges over {@code V} nodes
 * costs O(V + E); every array is allocated once per graph and reused by all queries, so checking a
 * whole crossover or a run of add-connection attempts costs linear time in the genome's size in the
 * usual case, instead of one full graph search per gene.
 *
 * <p>All connection genes count, enabled or not, as NEAT's acyclicity rule for feed-forward genomes
 * requires. Not thread-safe; one per operator call.
 */
final class AcyclicGraph {

    private final IntIntHashMap indexOf;
    private int nodes;
    private int[] ids;
    private int[] order;
    private int[] nodeAt;
    private int[] outHead;
    private int[] inHead;
    private int[] edgeTo;
    private int[] edgeFrom;
    private int[] nextOut;
    private int[] nextIn;
    private int edges;
    private int[] mark;
    private int stamp;
    private int[] stack;
    private int[] forward;
    private int[] backward;
    private int[] pooled;
    private long[] keys = new long[16];

    private AcyclicGraph(int expectedNodes, int expectedEdges) {
        int n = Math.max(4, expectedNodes);
        int e = Math.max(4, expectedEdges);
        indexOf = new IntIntHashMap(n);
        ids = new int[n];
        order = new int[n];
        nodeAt = new int[n];
        outHead = new int[n];
        inHead = new int[n];
        mark = new int[n];
        stack = new int[n];
        forward = new int[n];
        backward = new int[n];
        pooled = new int[n];
        edgeTo = new int[e];
        edgeFrom = new int[e];
        nextOut = new int[e];
        nextIn = new int[e];
    }

    /**
     * The graph of {@code genes}, which must be acyclic (as every gene set of a feed-forward genome
     * is).
     *
     * @throws IllegalArgumentException if the genes contain a cycle
     */
    static AcyclicGraph of(ConnectionGenes genes) {
        int e = genes.size();
        AcyclicGraph graph = new AcyclicGraph(e + 4, e + 8);
        for (int c = 0; c < e; c++) {
            graph.link(graph.node(genes.source(c)), graph.node(genes.target(c)));
        }
        graph.sortTopologically();
        return graph;
    }

    /**
     * Whether a path (of one or more edges, or none when {@code from == to}) leads from {@code from}
     * to {@code to}. Nodes the graph has never seen reach only themselves.
     */
    boolean reaches(int from, int to) {
        if (from == to) {
            return true;
        }
        int u = indexOf.getIfAbsent(from, -1);
        int v = indexOf.getIfAbsent(to, -1);
        if (u < 0 || v < 0 || order[u] > order[v]) {
            return false;
        }
        return collect(u, order[v], v, true, forward) < 0;
    }

    /** Whether adding {@code source → target} would close a cycle (a self-loop included). */
    boolean wouldCloseCycle(int source, int target) {
        return reaches(target, source);
    }

    /**
     * Adds {@code source → target} unless it would close a cycle.
     *
     * @return whether the edge was added
     */
    boolean addIfAcyclic(int source, int target) {
        if (source == target) {
            return false;
        }
        int u = node(source);
        int v = node(target);
        int lower = order[v];
        int upper = order[u];
        if (lower > upper) {
            link(u, v);
            return true;
        }
        int forwardCount = collect(v, upper, u, true, forward);
        if (forwardCount < 0) {
            return false;
        }
        int backwardCount = collect(u, lower, -1, false, backward);
        reorder(forwardCount, backwardCount);
        link(u, v);
        return true;
    }

    private int node(int id) {
        int index = indexOf.getIfAbsent(id, -1);
        if (index >= 0) {
            return index;
        }
        if (nodes == ids.length) {
            int n = nodes * 2;
            ids = Arrays.copyOf(ids, n);
            order = Arrays.copyOf(order, n);
            nodeAt = Arrays.copyOf(nodeAt, n);
            outHead = Arrays.copyOf(outHead, n);
            inHead = Arrays.copyOf(inHead, n);
            mark = Arrays.copyOf(mark, n);
            stack = Arrays.copyOf(stack, n);
            forward = Arrays.copyOf(forward, n);
            backward = Arrays.copyOf(backward, n);
            pooled = Arrays.copyOf(pooled, n);
        }
        index = nodes++;
        indexOf.put(id, index);
        ids[index] = id;
        outHead[index] = -1;
        inHead[index] = -1;
        order[index] = index;
        nodeAt[index] = index;
        return index;
    }

    private void link(int u, int v) {
        if (edges == edgeTo.length) {
            int n = edges * 2;
            edgeTo = Arrays.copyOf(edgeTo, n);
            edgeFrom = Arrays.copyOf(edgeFrom, n);
            nextOut = Arrays.copyOf(nextOut, n);
            nextIn = Arrays.copyOf(nextIn, n);
        }
        edgeTo[edges] = v;
        edgeFrom[edges] = u;
        nextOut[edges] = outHead[u];
        outHead[u] = edges;
        nextIn[edges] = inHead[v];
        inHead[v] = edges;
        edges++;
    }

    /** Kahn's algorithm over the edges linked so far; positions in {@code order}, inverse in {@code nodeAt}. */
    private void sortTopologically() {
        int[] indegree = new int[nodes];
        for (int e = 0; e < edges; e++) {
            indegree[edgeTo[e]]++;
        }
        int head = 0;
        int tail = 0;
        for (int n = 0; n < nodes; n++) {
            if (indegree[n] == 0) {
                nodeAt[tail++] = n;
            }
        }
        while (head < tail) {
            int n = nodeAt[head++];
            for (int e = outHead[n]; e >= 0; e = nextOut[e]) {
                if (--indegree[edgeTo[e]] == 0) {
                    nodeAt[tail++] = edgeTo[e];
                }
            }
        }
        if (tail != nodes) {
            throw new IllegalArgumentException("the connection genes contain a cycle");
        }
        for (int p = 0; p < nodes; p++) {
            order[nodeAt[p]] = p;
        }
    }

    /**
     * Collects into {@code into} the nodes reached from {@code start} (forward: along out-edges through
     * positions below {@code bound}; backward: along in-edges through positions above it).
     *
     * @return how many, or -1 if the forward search met {@code goal}
     */
    private int collect(int start, int bound, int goal, boolean outward, int[] into) {
        stamp++;
        int count = 0;
        int top = 0;
        stack[top++] = start;
        mark[start] = stamp;
        while (top > 0) {
            int n = stack[--top];
            into[count++] = n;
            int e = outward ? outHead[n] : inHead[n];
            while (e >= 0) {
                int next = outward ? edgeTo[e] : edgeFrom[e];
                if (next == goal) {
                    return -1;
                }
                boolean inside = outward ? order[next] < bound : order[next] > bound;
                if (mark[next] != stamp && inside) {
                    mark[next] = stamp;
                    stack[top++] = next;
                }
                e = outward ? nextOut[e] : nextIn[e];
            }
        }
        return count;
    }

    /** Pearce–Kelly reassignment: the backward set takes the lowest of the pooled positions, then the forward set. */
    private void reorder(int forwardCount, int backwardCount) {
        sortByOrder(backward, backwardCount);
        sortByOrder(forward, forwardCount);
        int total = 0;
        for (int k = 0; k < backwardCount; k++) {
            pooled[total++] = order[backward[k]];
        }
        for (int k = 0; k < forwardCount; k++) {
            pooled[total++] = order[forward[k]];
        }
        Arrays.sort(pooled, 0, total);
        int p = 0;
        for (int k = 0; k < backwardCount; k++) {
            place(backward[k], pooled[p++]);
        }
        for (int k = 0; k < forwardCount; k++) {
            place(forward[k], pooled[p++]);
        }
    }

    private void place(int node, int position) {
        order[node] = position;
        nodeAt[position] = node;
    }

    /** Sorts node indices by their current position, in O(k log k). */
    private void sortByOrder(int[] a, int count) {
        if (keys.length < count) {
            keys = new long[Math.max(count, 2 * keys.length)];
        }
        for (int i = 0; i < count; i++) {
            keys[i] = ((long) order[a[i]] << 32) | a[i];
        }
        Arrays.sort(keys, 0, count);
        for (int i = 0; i < count; i++) {
            a[i] = (int) keys[i];
        }
    }
}
