package org.neurula.developmental.ndp;

/**
 * The undirected graph a developmental program grew: {@code size} cells, a symmetric adjacency and
 * weight matrix ({@code size × size}, row-major; a cell may be connected to itself), each cell's final
 * embedding, and for replay the cell each one divided from ({@code -1} for the seed) and the growth
 * cycle in which it was born (0 for the seed).
 *
 * @param size          number of cells
 * @param connected     {@code connected[i * size + j]}: whether cells i and j share an edge
 * @param weights       {@code weights[i * size + j]}: the edge's weight (0 where there is none)
 * @param embeddingSize numbers per cell
 * @param embeddings    cell i's embedding at {@code embeddings[i * embeddingSize ..]}
 * @param parents       the cell each cell divided from, {@code -1} for the seed
 * @param born          the growth cycle in which each cell appeared
 */
public record GrownGraph(int size, boolean[] connected, double[] weights, int embeddingSize, double[] embeddings,
        int[] parents, int[] born) {

    /** Whether cells {@code i} and {@code j} share an edge. */
    public boolean connected(int i, int j) {
        return connected[i * size + j];
    }

    /** The weight of the edge between {@code i} and {@code j} (0 if there is none). */
    public double weight(int i, int j) {
        return weights[i * size + j];
    }

    /** Edges, each counted once (a self-loop counts as one). */
    public int edgeCount() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                count += connected[i * size + j] ? 1 : 0;
            }
        }
        return count;
    }

    /** The last growth cycle in which a cell was born (0 when the seed never divided). */
    public int lastCycle() {
        return born[size - 1];
    }

    /** Cells present after growth cycle {@code cycle}: cells are numbered in birth order, so a prefix. */
    public int cellsAfter(int cycle) {
        int k = 0;
        while (k < size && born[k] <= cycle) {
            k++;
        }
        return k;
    }

    /** The largest shortest-path length between two cells (self-loops ignored); 0 for one cell. */
    public int diameter() {
        return diameter(size, connected);
    }

    /** The diameter of the graph on the first {@code n} cells of an adjacency matrix of row length {@code n}. */
    static int diameter(int n, boolean[] connected) {
        int[] distance = new int[n];
        int[] queue = new int[n];
        int diameter = 0;
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(distance, -1);
            distance[s] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int u = queue[head++];
                for (int v = 0; v < n; v++) {
                    if (connected[u * n + v] && distance[v] < 0) {
                        distance[v] = distance[u] + 1;
                        diameter = Math.max(diameter, distance[v]);
                        queue[tail++] = v;
                    }
                }
            }
        }
        return diameter;
    }
}
