package org.neurula.neat.network;

import java.util.Arrays;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;

/**
 * The computed nodes of a compiled network in groups that one pass computes together, and their
 * incoming connections in the order that pass reads them (its slots).
 *
 * <p>A layer (nodes none of which feeds another: a depth of a feed-forward network, all nodes of a
 * recurrent one) is cut into groups of {@value #WIDTH} nodes, most incoming connections first, and
 * single nodes for the rest; a group's nodes have consecutive positions. The connections of a group of
 * four are interleaved: the j-th connection of its i-th node sits in slot {@code start + 4j + i}, and
 * nodes with fewer connections than the group's first are padded with slots of weight 0 from the
 * always-zero value at position {@link #zero}. One loop then keeps eight independent sums (two per
 * node, as {@link WeightedSum} does) and four activation functions in flight, where a loop per node
 * waits for each short sum and each exponential in turn.
 *
 * <p>Every node still adds its own connections in its own order into the same two chains as
 * {@link WeightedSum}: even connections onto the bias, odd ones onto 0, the two added at the end.
 * Padding adds exact zeros, which can change neither chain but the sign of a zero on the first, and
 * the final addition of the second chain (which starts at +0 and so never holds −0) erases that
 * sign; so the values are those of a loop per node, to the bit.
 */
final class NodeGroups {

    /** Nodes per full group. */
    static final int WIDTH = 4;

    /** Position of the value that is always 0.0, which padding slots read (one past the nodes). */
    final int zero;
    /** Slots of group g: {@code [groupStart[g], groupStart[g + 1])}. */
    final int[] groupStart;
    /** Positions of the nodes of group g: {@code [groupNodes[g], groupNodes[g + 1])}, one or {@link #WIDTH}. */
    final int[] groupNodes;
    /** Per position: the node's bias, its activation function and that function's {@link Transfer} code. */
    private final double[] bias;
    private final ActivationFunction[] function;
    private final int[] code;
    /** Per slot: the position of its source ({@link #zero} for padding). */
    final int[] sources;
    /** Per slot: the genome's weight (0 for padding). */
    final double[] weights;
    /** The slot of each activity connection, in the order the network reports weights in. */
    final int[] reported;
    /** The blueprint index of each activity connection, in the same order. */
    final int[] reportedConnections;

    private NodeGroups(int zero, int[] groupStart, int[] groupNodes, double[] bias, ActivationFunction[] function,
            int[] code, int[] sources, double[] weights, int[] reported, int[] reportedConnections) {
        this.zero = zero;
        this.groupStart = groupStart;
        this.groupNodes = groupNodes;
        this.bias = bias;
        this.function = function;
        this.code = code;
        this.sources = sources;
        this.weights = weights;
        this.reported = reported;
        this.reportedConnections = reportedConnections;
    }

    /**
     * Groups the computed nodes of a compiled network.
     *
     * @param blueprint   the network's blueprint
     * @param layout      its nodes' in-degrees
     * @param order       the nodes' positions and layers
     * @param reportOrder the nodes in the order whose incoming connections, each node's in blueprint
     *                    order, the network reports weights in
     */
    static NodeGroups of(NetworkBlueprint blueprint, Layout layout, ComputeOrder order, int[] reportOrder) {
        int[] nodes = order.nodes();
        int[] position = order.positions();
        int[] degree = layout.inDegree();
        int n = nodes.length;
        int[] layerEnd = order.layerEnd();
        int groups = 0;
        for (int l = 0, a = order.firstComputed(); l < layerEnd.length; a = layerEnd[l++]) {
            int full = a + (layerEnd[l] - a) / WIDTH * WIDTH;
            groups += (full - a) / WIDTH + layerEnd[l] - full;
        }
        int[] groupStart = new int[groups + 1];
        int[] groupNodes = new int[groups + 1];
        double[] bias = new double[n];
        ActivationFunction[] function = new ActivationFunction[n];
        int[] code = new int[n];
        // per node: the slot of its next connection, and the distance between its slots (its group's width)
        int[] nextSlot = new int[n];
        int[] stride = new int[n];
        int g = 0;
        int slot = 0;
        groupNodes[0] = order.firstComputed();
        for (int l = 0, a = order.firstComputed(); l < layerEnd.length; a = layerEnd[l++]) {
            int full = a + (layerEnd[l] - a) / WIDTH * WIDTH;
            for (int p = a; p < layerEnd[l]; ) {
                int width = p < full ? WIDTH : 1;
                for (int i = 0; i < width; i++) {
                    int node = nodes[p + i];
                    bias[p + i] = blueprint.biases()[node];
                    function[p + i] = blueprint.activations()[node];
                    code[p + i] = Transfer.codeOf(function[p + i]);
                    nextSlot[node] = slot + i;
                    stride[node] = width;
                }
                // a group of four takes four times the in-degree of its first (largest) node
                slot += width * degree[nodes[p]];
                p += width;
                groupStart[++g] = slot;
                groupNodes[g] = p;
            }
        }
        int[] sources = new int[slot];
        double[] weights = new double[slot];
        Arrays.fill(sources, n); // padding reads the zero value; real connections overwrite theirs
        // each node's connections are reported after those of the nodes before it in the report order
        int[] nextReport = new int[n];
        for (int k = 0, r = 0; k < reportOrder.length; k++) {
            nextReport[reportOrder[k]] = r;
            r += degree[reportOrder[k]];
        }
        int[] reported = new int[layout.activity()];
        int[] reportedConnections = new int[reported.length];
        NodeKind[] kinds = blueprint.kinds();
        int[] sourceOf = blueprint.sources();
        int[] targetOf = blueprint.targets();
        double[] weightOf = blueprint.weights();
        for (int c = 0; c < sourceOf.length; c++) {
            int t = targetOf[c];
            if (Layout.carriesActivity(kinds, sourceOf[c], t)) {
                int s = nextSlot[t];
                nextSlot[t] = s + stride[t];
                sources[s] = position[sourceOf[c]];
                weights[s] = weightOf[c];
                int r = nextReport[t]++;
                reported[r] = s;
                reportedConnections[r] = c;
            }
        }
        return new NodeGroups(n, groupStart, groupNodes, bias, function, code, sources, weights, reported,
                reportedConnections);
    }

    /** Number of groups. */
    int groupCount() {
        return groupStart.length - 1;
    }

    /** Per slot, the position of its target (of its node, for padding too). */
    int[] slotTargets() {
        int[] targets = new int[weights.length];
        for (int g = 0; g < groupCount(); g++) {
            int width = groupNodes[g + 1] - groupNodes[g];
            for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
                targets[k] = groupNodes[g] + (k - groupStart[g]) % width;
            }
        }
        return targets;
    }

    /** Per slot, the blueprint index of its connection, or −1 for padding. */
    int[] slotConnections() {
        int[] connections = new int[weights.length];
        Arrays.fill(connections, -1);
        for (int k = 0; k < reported.length; k++) {
            connections[reported[k]] = reportedConnections[k];
        }
        return connections;
    }

    /**
     * Computes every node, group by group: {@code into[p] = f(bias + Σ w·from[source])}. A
     * feed-forward network passes one array as both (its layers come in order); a recurrent one reads
     * the last step's values and writes the next step's.
     *
     * @param post null, or an array that receives per slot the new value of its target (for a
     *             learning rule that reads it in slot order; written here while the group's slots are
     *             at hand, where a pass of its own would cost more)
     */
    void compute(double[] w, double[] from, double[] into, double[] post) {
        final int[] src = sources;
        final int[] start = groupStart;
        final int[] first = groupNodes;
        final double[] b = bias;
        final int[] f = code;
        final ActivationFunction[] fn = function;
        for (int g = 0, groups = start.length - 1; g < groups; g++) {
            int from0 = start[g];
            int c = from0;
            int end = start[g + 1];
            int p = first[g];
            if (first[g + 1] - p == 1) {
                double o = Transfer.apply(f[p], fn[p], WeightedSum.of(b[p], w, from, src, c, end));
                into[p] = o;
                if (post != null) {
                    for (int k = from0; k < end; k++) {
                        post[k] = o;
                    }
                }
                continue;
            }
            double a0 = b[p];
            double a1 = b[p + 1];
            double a2 = b[p + 2];
            double a3 = b[p + 3];
            double b0 = 0.0;
            double b1 = 0.0;
            double b2 = 0.0;
            double b3 = 0.0;
            for (int last = end - WIDTH; c < last; c += 2 * WIDTH) {
                a0 = Math.fma(w[c], from[src[c]], a0);
                a1 = Math.fma(w[c + 1], from[src[c + 1]], a1);
                a2 = Math.fma(w[c + 2], from[src[c + 2]], a2);
                a3 = Math.fma(w[c + 3], from[src[c + 3]], a3);
                b0 = Math.fma(w[c + 4], from[src[c + 4]], b0);
                b1 = Math.fma(w[c + 5], from[src[c + 5]], b1);
                b2 = Math.fma(w[c + 6], from[src[c + 6]], b2);
                b3 = Math.fma(w[c + 7], from[src[c + 7]], b3);
            }
            if (c < end) { // an odd number of connections: the last one goes onto the first chain
                a0 = Math.fma(w[c], from[src[c]], a0);
                a1 = Math.fma(w[c + 1], from[src[c + 1]], a1);
                a2 = Math.fma(w[c + 2], from[src[c + 2]], a2);
                a3 = Math.fma(w[c + 3], from[src[c + 3]], a3);
            }
            double o0 = Transfer.apply(f[p], fn[p], a0 + b0);
            double o1 = Transfer.apply(f[p + 1], fn[p + 1], a1 + b1);
            double o2 = Transfer.apply(f[p + 2], fn[p + 2], a2 + b2);
            double o3 = Transfer.apply(f[p + 3], fn[p + 3], a3 + b3);
            into[p] = o0;
            into[p + 1] = o1;
            into[p + 2] = o2;
            into[p + 3] = o3;
            if (post != null) {
                for (int k = from0; k < end; k += WIDTH) {
                    post[k] = o0;
                    post[k + 1] = o1;
                    post[k + 2] = o2;
                    post[k + 3] = o3;
                }
            }
        }
    }

    /**
     * Computes every node for {@code count} independent activations at once (a static feed-forward
     * network only): the value of position p in activation k is {@code values[p * stride + k]}. Each
     * node adds its connections in the order and into the two chains that {@link #compute} uses, so
     * every value equals, to the bit, the one a single activation computes; the loops over the
     * activations are what the JIT can vectorise.
     *
     * @param even scratch of at least {@code count} values (the first chain, started at the bias)
     * @param odd  scratch of at least {@code count} values (the second chain, started at 0)
     */
    void computeColumns(double[] w, double[] values, int stride, int count, double[] even, double[] odd) {
        for (int g = 0, groups = groupStart.length - 1; g < groups; g++) {
            int start = groupStart[g];
            int end = groupStart[g + 1];
            int first = groupNodes[g];
            int width = groupNodes[g + 1] - first;
            for (int i = 0; i < width; i++) {
                int p = first + i;
                Arrays.fill(even, 0, count, bias[p]);
                Arrays.fill(odd, 0, count, 0.0);
                int j = 0;
                // a node's padding slots come after its real ones, so skipping them keeps the parity
                for (int slot = start + i; slot < end && sources[slot] != zero; slot += width, j++) {
                    double[] chain = (j & 1) == 0 ? even : odd;
                    double weight = w[slot];
                    int base = sources[slot] * stride;
                    for (int k = 0; k < count; k++) {
                        chain[k] = Math.fma(weight, values[base + k], chain[k]);
                    }
                }
                Transfer.applyAll(code[p], function[p], even, odd, values, p * stride, count);
            }
        }
    }
}
