package org.neurula.visualizer.topology;

import java.util.Arrays;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * The layered layout of a genome's network, the way NEAT papers draw them: inputs and bias in a row
 * at the bottom, outputs in a row at the top, each hidden node one layer above the longest chain of
 * enabled connections that feeds it. Links that close a cycle (found by a depth-first search from the
 * inputs, in innovation order) and links leaving an output do not push nodes upward; they are drawn
 * as recurrent. A link spanning several layers, either way, bends through a slot of its own in each
 * layer it crosses, so it never runs through a node. Within a layer, nodes and slots are ordered by the mean
 * position of their neighbours (a few barycenter sweeps), which keeps crossings few; then each row
 * slides toward its neighbours (order and unit spacing kept), which straightens long links. Everything is deterministic: the same genome
 * always gets the same placement.
 */
public final class LayeredLayout {

    private static final int SWEEPS = 4;
    private static final int STRAIGHTENING_PASSES = 8;

    private LayeredLayout() {
    }

    /** Places the nodes of {@code genome}. */
    public static Placement of(Genome genome) {
        NodeGenes nodes = genome.nodes();
        ConnectionGenes genes = genome.connections();
        int n = nodes.size();
        IntIntHashMap index = new IntIntHashMap(n);
        for (int i = 0; i < n; i++) {
            index.put(nodes.id(i), i);
        }
        MutableIntList sources = new IntArrayList();
        MutableIntList targets = new IntArrayList();
        for (int c = 0; c < genes.size(); c++) {
            if (genes.enabled(c)) {
                sources.add(index.get(genes.source(c)));
                targets.add(index.get(genes.target(c)));
            }
        }
        boolean[] forward = forwardLinks(nodes, n, sources.toArray(), targets.toArray());
        int[] layer = layers(nodes, n, sources.toArray(), targets.toArray(), forward);
        int layers = 0;
        for (int l : layer) {
            layers = Math.max(layers, l + 1);
        }
        int[][] bendItems = new int[forward.length][];
        double[] itemX = order(n, layer, layers, sources.toArray(), targets.toArray(), forward, bendItems);
        double[] x = Arrays.copyOf(itemX, n);
        double spacing = layerSpacing(itemX, layers);
        double[] y = new double[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = layer[i] * spacing;
            ids[i] = nodes.id(i);
        }
        // bends per connection gene (genes.size() entries; null for straight links and disabled genes)
        double[][] bends = new double[genes.size()][];
        for (int c = 0, e = 0; c < genes.size(); c++) {
            if (genes.enabled(c)) {
                int[] chain = bendItems[e++];
                if (chain != null) {
                    // chains run bottom to top; a link running downward passes them in reverse
                    bends[c] = new double[2 * chain.length];
                    int source = layer[index.get(genes.source(c))];
                    int target = layer[index.get(genes.target(c))];
                    int bottom = Math.min(source, target);
                    for (int k = 0; k < chain.length; k++) {
                        int slot = source <= target ? k : chain.length - 1 - k;
                        bends[c][2 * k] = itemX[chain[slot]];
                        bends[c][2 * k + 1] = (bottom + slot + 1) * spacing;
                    }
                }
            }
        }
        return new Placement(ids, x, y, layer, layers, index.toImmutable(), bends);
    }

    /**
     * Distance between layers: one unit, or more for wide, shallow networks so that a drawing comes out
     * about four units wide for three high instead of flattened.
     */
    private static double layerSpacing(double[] x, int layers) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return layers < 2 ? 1.0 : Math.max(1.0, 0.75 * (max - min) / (layers - 1));
    }

    /** Which links count for layering: not closing a cycle, not leaving an output, not entering an input. */
    private static boolean[] forwardLinks(NodeGenes nodes, int n, int[] sources, int[] targets) {
        int m = sources.length;
        int[][] outgoing = adjacency(n, sources);
        boolean[] forward = new boolean[m];
        Arrays.fill(forward, true);
        // iterative depth-first search; 0 = unseen, 1 = on the stack, 2 = done
        int[] state = new int[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        int[] roots = roots(nodes, n);
        for (int root : roots) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            next[root] = 0;
            state[root] = 1;
            while (top >= 0) {
                int v = stack[top];
                if (next[v] < outgoing[v].length) {
                    int c = outgoing[v][next[v]++];
                    int w = targets[c];
                    if (state[w] == 1) {
                        forward[c] = false;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        next[w] = 0;
                        stack[++top] = w;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        for (int c = 0; c < m; c++) {
            NodeKind from = nodes.kind(sources[c]);
            NodeKind to = nodes.kind(targets[c]);
            if (from == NodeKind.OUTPUT || to == NodeKind.INPUT || to == NodeKind.BIAS) {
                forward[c] = false;
            }
        }
        return forward;
    }

    /** Inputs and bias first, then every other node, each group in gene order. */
    private static int[] roots(NodeGenes nodes, int n) {
        MutableIntList roots = new IntArrayList(n);
        for (int i = 0; i < n; i++) {
            if (isSource(nodes.kind(i))) {
                roots.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!isSource(nodes.kind(i))) {
                roots.add(i);
            }
        }
        return roots.toArray();
    }

    private static boolean isSource(NodeKind kind) {
        return kind == NodeKind.INPUT || kind == NodeKind.BIAS;
    }

    /** For each node, the links leaving it (indices into sources/targets) in gene order. */
    private static int[][] adjacency(int n, int[] ends) {
        int[] count = new int[n];
        for (int e : ends) {
            count[e]++;
        }
        int[][] links = new int[n][];
        for (int i = 0; i < n; i++) {
            links[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int c = 0; c < ends.length; c++) {
            links[ends[c]][fill[ends[c]]++] = c;
        }
        return links;
    }

    /** Longest-path layers over the forward links; hidden nodes at least 1; outputs on top. */
    private static int[] layers(NodeGenes nodes, int n, int[] sources, int[] targets, boolean[] forward) {
        int[] layer = new int[n];
        int[] indegree = new int[n];
        for (int c = 0; c < sources.length; c++) {
            if (forward[c]) {
                indegree[targets[c]]++;
            }
        }
        int[][] outgoing = adjacency(n, sources);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (!isSource(nodes.kind(i))) {
                layer[i] = 1;
            }
            if (indegree[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int c : outgoing[v]) {
                if (!forward[c]) {
                    continue;
                }
                int w = targets[c];
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indegree[w] == 0) {
                    queue[tail++] = w;
                }
            }
        }
        int top = 1;
        for (int i = 0; i < n; i++) {
            if (nodes.kind(i) != NodeKind.OUTPUT) {
                top = Math.max(top, layer[i] + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            if (nodes.kind(i) == NodeKind.OUTPUT) {
                layer[i] = top;
            }
        }
        return layer;
    }

    /**
     * Horizontal positions of the nodes and of the bends of long links. A link spanning several layers,
     * upward or (recurrent) downward, gets a placeholder in each layer it crosses, so no node sits where
     * a link passes; rows start in gene order, then barycenter sweeps up and down reorder the hidden
     * rows, then rows slide toward their neighbours.
     *
     * @return x per node, then per placeholder
     */
    private static double[] order(int n, int[] layer, int layers, int[] sources, int[] targets, boolean[] forward,
            int[][] bendItems) {
        MutableIntList itemLayer = new IntArrayList(n);
        for (int i = 0; i < n; i++) {
            itemLayer.add(layer[i]);
        }
        MutableIntList lowerEnds = new IntArrayList();
        MutableIntList upperEnds = new IntArrayList();
        for (int c = 0; c < sources.length; c++) {
            // a link against the flow is placed as if reversed, so it gets slots like any other long link
            int lower = layer[sources[c]] <= layer[targets[c]] ? sources[c] : targets[c];
            int upper = lower == sources[c] ? targets[c] : sources[c];
            int from = lower;
            int bottom = layer[from];
            int span = layer[upper] - bottom;
            if (span > 1) {
                bendItems[c] = new int[span - 1];
                for (int k = 0; k < span - 1; k++) {
                    int item = itemLayer.size();
                    itemLayer.add(bottom + k + 1);
                    bendItems[c][k] = item;
                    lowerEnds.add(from);
                    upperEnds.add(item);
                    from = item;
                }
            }
            if (span > 0) {
                lowerEnds.add(from);
                upperEnds.add(upper);
            }
        }
        int items = itemLayer.size();
        int[][] below = adjacencyOf(items, upperEnds.toArray(), lowerEnds.toArray());
        int[][] above = adjacencyOf(items, lowerEnds.toArray(), upperEnds.toArray());
        int[][] members = new int[layers][];
        int[] counts = new int[layers];
        for (int i = 0; i < items; i++) {
            counts[itemLayer.get(i)]++;
        }
        for (int l = 0; l < layers; l++) {
            members[l] = new int[counts[l]];
        }
        int[] fill = new int[layers];
        for (int i = 0; i < items; i++) {
            int l = itemLayer.get(i);
            members[l][fill[l]++] = i;
        }
        double[] x = new double[items];
        for (int[] row : members) {
            place(row, x);
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean upward = sweep % 2 == 0;
            for (int k = 1; k < layers - 1; k++) {
                int l = upward ? k : layers - 1 - k;
                reorder(members[l], x, upward ? below : above);
            }
        }
        for (int pass = 0; pass < STRAIGHTENING_PASSES; pass++) {
            boolean upward = pass % 2 == 0;
            for (int k = 0; k < layers; k++) {
                int l = upward ? k : layers - 1 - k;
                straighten(members[l], x, upward ? below : above);
            }
        }
        return x;
    }

    /**
     * Moves a row's items toward the mean position of their neighbours in the rows just visited, keeping
     * their order and at least one unit between them, so chains of bends run straighter.
     */
    private static void straighten(int[] row, double[] x, int[][] neighbours) {
        int k = row.length;
        if (k == 0) {
            return;
        }
        double[] desired = new double[k];
        for (int j = 0; j < k; j++) {
            int[] ends = neighbours[row[j]];
            double sum = 0;
            for (int e : ends) {
                sum += x[e];
            }
            desired[j] = ends.length == 0 ? x[row[j]] : sum / ends.length;
        }
        double[] left = new double[k];
        double[] right = new double[k];
        for (int j = 0; j < k; j++) {
            left[j] = j == 0 ? desired[j] : Math.max(desired[j], left[j - 1] + 1);
        }
        for (int j = k - 1; j >= 0; j--) {
            right[j] = j == k - 1 ? desired[j] : Math.min(desired[j], right[j + 1] - 1);
        }
        for (int j = 0; j < k; j++) {
            double placed = (left[j] + right[j]) / 2;
            x[row[j]] = j == 0 ? placed : Math.max(placed, x[row[j - 1]] + 1);
        }
    }

    /** For each item, the items at the other end of its links ({@code from[i] -> to[i]}). */
    private static int[][] adjacencyOf(int items, int[] from, int[] to) {
        int[][] links = adjacency(items, from);
        int[][] ends = new int[items][];
        for (int i = 0; i < items; i++) {
            ends[i] = new int[links[i].length];
            for (int k = 0; k < links[i].length; k++) {
                ends[i][k] = to[links[i][k]];
            }
        }
        return ends;
    }

    private static void reorder(int[] row, double[] x, int[][] neighbours) {
        double[] key = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            int[] ends = neighbours[row[j]];
            double sum = 0;
            for (int e : ends) {
                sum += x[e];
            }
            key[j] = ends.length == 0 ? x[row[j]] : sum / ends.length;
        }
        Integer[] slots = new Integer[row.length];
        for (int j = 0; j < row.length; j++) {
            slots[j] = j;
        }
        // stable: equal keys keep their current order
        Arrays.sort(slots, (a, b) -> Double.compare(key[a], key[b]));
        int[] sorted = new int[row.length];
        for (int j = 0; j < row.length; j++) {
            sorted[j] = row[slots[j]];
        }
        System.arraycopy(sorted, 0, row, 0, row.length);
        place(row, x);
    }

    /** Spreads a row one unit apart, centred on 0 (the starting point before straightening). */
    private static void place(int[] row, double[] x) {
        double offset = (row.length - 1) / 2.0;
        for (int j = 0; j < row.length; j++) {
            x[row[j]] = j - offset;
        }
    }
}
