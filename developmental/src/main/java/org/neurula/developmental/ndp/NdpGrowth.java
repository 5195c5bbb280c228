package org.neurula.developmental.ndp;

import java.util.Arrays;

/**
 * Grows a graph from one cell with a {@link CellProgram}, as the evolutionary NDP of Najarro,
 * Sudhakaran &amp; Risi (2023) does (their code, github.com/enajx/NDP, {@code NDP.py}). Each growth cycle:
 * <ol>
 *   <li><b>Propagation</b>: diameter + {@code extraPropagationSteps} synchronous updates, each cell's new
 *       embedding computed by the program from the weighted sum of its neighbours' embeddings (its own
 *       counted when it has a self-loop);</li>
 *   <li><b>Division</b>: each cell present at the start of the cycle asks the program whether it divides;
 *       a new cell is connected (weight 1) to its parent and to the parent's neighbours as they were at
 *       the start of the cycle, so sisters born in one cycle are not connected to each other, and starts
 *       with the mean embedding of its parent and the parent's neighbours;</li>
 *   <li><b>Weighting</b>: with a weighted program every edge gets the weight the program gives its two
 *       cells' embeddings (in the order lower index, higher index).</li>
 * </ol>
 * The seed cell starts with the program's seed embedding and, with {@code seedSelfLoop}, an edge to
 * itself, weighted by the program like any edge (the reference code draws the seed's self-loop weight
 * at random; here growth is a function of the program alone, so a seed is always grown the same way).
 */
public final class NdpGrowth {

    private NdpGrowth() {
    }

    /** Grows the graph of {@code program} under {@code shape}'s cycle and step counts. */
    public static GrownGraph grow(CellProgram program, NdpParameters shape) {
        int d = program.embeddingSize();
        Cells cells = new Cells(d);
        program.seedEmbedding(cells.embeddings);
        if (shape.seedSelfLoop()) {
            cells.connect(0, 0, 1.0);
        }
        reweigh(program, cells);
        double[] next = new double[0];
        double[] aggregate = new double[d];
        for (int cycle = 1; cycle <= shape.growthCycles(); cycle++) {
            int n = cells.size;
            int steps = GrownGraph.diameter(n, cells.adjacency(n)) + shape.extraPropagationSteps();
            if (next.length < n * d) {
                next = new double[cells.embeddings.length];
            }
            for (int step = 0; step < steps; step++) {
                for (int i = 0; i < n; i++) {
                    Arrays.fill(aggregate, 0.0);
                    for (int j = 0; j < n; j++) {
                        if (cells.connected(i, j)) {
                            double w = cells.weight(i, j);
                            for (int k = 0; k < d; k++) {
                                aggregate[k] += w * cells.embeddings[j * d + k];
                            }
                        }
                    }
                    program.update(aggregate, 0, next, i * d);
                }
                System.arraycopy(next, 0, cells.embeddings, 0, n * d);
            }
            boolean[] before = cells.adjacency(n);
            for (int i = 0; i < n; i++) {
                if (!program.divides(cells.embeddings, i * d)) {
                    continue;
                }
                int child = cells.add(i, cycle);
                int family = 1;
                double[] mean = new double[d];
                for (int k = 0; k < d; k++) {
                    mean[k] = cells.embeddings[i * d + k];
                }
                cells.connect(child, i, 1.0);
                for (int j = 0; j < n; j++) {
                    if (j != i && before[i * n + j]) {
                        cells.connect(child, j, 1.0);
                        family++;
                        for (int k = 0; k < d; k++) {
                            mean[k] += cells.embeddings[j * d + k];
                        }
                    }
                }
                for (int k = 0; k < d; k++) {
                    cells.embeddings[child * d + k] = mean[k] / family;
                }
            }
            reweigh(program, cells);
        }
        int n = cells.size;
        double[] weights = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                weights[i * n + j] = cells.weight(i, j);
            }
        }
        return new GrownGraph(n, cells.adjacency(n), weights, d, Arrays.copyOf(cells.embeddings, n * d),
                Arrays.copyOf(cells.parents, n), Arrays.copyOf(cells.born, n));
    }

    private static void reweigh(CellProgram program, Cells cells) {
        if (!program.weighted()) {
            return;
        }
        int d = cells.embeddingSize;
        for (int i = 0; i < cells.size; i++) {
            for (int j = i; j < cells.size; j++) {
                if (cells.connected(i, j)) {
                    cells.connect(i, j, program.weight(cells.embeddings, i * d, cells.embeddings, j * d));
                }
            }
        }
    }

    /** The growing graph: matrices with room for {@code capacity} cells, doubled when full. */
    private static final class Cells {
        final int embeddingSize;
        int size = 1;
        int capacity = 4;
        boolean[] connected = new boolean[capacity * capacity];
        double[] weights = new double[capacity * capacity];
        double[] embeddings;
        int[] parents = new int[capacity];
        int[] born = new int[capacity];

        Cells(int embeddingSize) {
            this.embeddingSize = embeddingSize;
            this.embeddings = new double[capacity * embeddingSize];
            parents[0] = -1;
        }

        boolean connected(int i, int j) {
            return connected[i * capacity + j];
        }

        double weight(int i, int j) {
            return weights[i * capacity + j];
        }

        void connect(int i, int j, double w) {
            connected[i * capacity + j] = true;
            connected[j * capacity + i] = true;
            weights[i * capacity + j] = w;
            weights[j * capacity + i] = w;
        }

        int add(int parent, int cycle) {
            if (size == capacity) {
                int grown = capacity * 2;
                boolean[] c = new boolean[grown * grown];
                double[] w = new double[grown * grown];
                for (int i = 0; i < size; i++) {
                    System.arraycopy(connected, i * capacity, c, i * grown, size);
                    System.arraycopy(weights, i * capacity, w, i * grown, size);
                }
                connected = c;
                weights = w;
                embeddings = Arrays.copyOf(embeddings, grown * embeddingSize);
                parents = Arrays.copyOf(parents, grown);
                born = Arrays.copyOf(born, grown);
                capacity = grown;
            }
            parents[size] = parent;
            born[size] = cycle;
            return size++;
        }

        /** The adjacency of the first {@code n} cells, row length {@code n}. */
        boolean[] adjacency(int n) {
            boolean[] a = new boolean[n * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(connected, i * capacity, a, i * n, n);
            }
            return a;
        }
    }
}
