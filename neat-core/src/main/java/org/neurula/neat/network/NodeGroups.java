package org.neurula.neat.network;

import java.util.Arrays;
import org.neurula.neat.activation.ActivationFunction;

/**
 * The computed nodes of a compiled network in groups that one pass computes together, and their
 * incoming connections in the order that pass reads them (its slots).
 *
 * <p>A layer (nodes none of which feeds another: a depth of a feed-forward network, all nodes of a
 * recurrent one) is cut into groups of {@value #WIDTH} nodes, most incoming connections first, and
 * single nodes for the rest. The connections of a group of four are interleaved: the j-th connection
 * of its i-th node sits in slot {@code start + 4j + i}, and nodes with fewer connections than the
 * group's most are padded with slots of weight 0 from the always-zero {@link #zero} value. One loop
 * then keeps eight independent sums (two per node, as {@link WeightedSum} does) and four activation
 * functions in flight, where a loop per node waits for each short sum and each exponential in turn.
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
    /** Lanes (nodes) of group g: {@code [groupLanes[g], groupLanes[g + 1])}, one or {@link #WIDTH}. */
    final int[] groupLanes;
    /** Per lane: the position of its node. */
    final int[] lanePosition;
    private final double[] laneBias;
    private final int[] laneCode;
    private final ActivationFunction[] laneFunction;
    /** Per slot: the position of its source ({@link #zero} for padding). */
    final int[] sources;
    /** Per slot: the position of its target (of its lane's node, for padding too). */
    final int[] targets;
    /** Per slot: the index of its connection in the blueprint, or −1 for padding. */
    final int[] connections;
    /** Per slot: the genome's weight (0 for padding). */
    final double[] weights;
    /** The padding slots. */
    final int[] padding;
    /** The slot of each activity connection, in the order the network reports weights in. */
    final int[] reported;

    private NodeGroups(int zero, int[] groupStart, int[] groupLanes, int[] lanePosition, double[] laneBias,
            int[] laneCode, ActivationFunction[] laneFunction, int[] sources, int[] targets, int[] connections,
            double[] weights, int[] padding, int[] reported) {
        this.zero = zero;
        this.groupStart = groupStart;
        this.groupLanes = groupLanes;
        this.lanePosition = lanePosition;
        this.laneBias = laneBias;
        this.laneCode = laneCode;
        this.laneFunction = laneFunction;
        this.sources = sources;
        this.targets = targets;
        this.connections = connections;
        this.weights = weights;
        this.padding = padding;
        this.reported = reported;
    }

    /**
     * Groups the computed nodes.
     *
     * @param layout    the activity connections grouped by target position
     * @param layers    positions of the computed nodes, layer by layer in the order they are computed,
     *                  each layer with the nodes of most incoming connections first
     * @param biases    per position
     * @param functions per position
     * @param zero      position of the always-zero value (the values arrays are one longer than the nodes)
     * @param reportedConnections the activity connections' blueprint indices, in the reporting order
     */
    static NodeGroups of(Layout layout, int[][] layers, double[] biases, ActivationFunction[] functions, int zero,
            int[] reportedConnections) {
        int[] ts = layout.targetStart();
        int groups = 0;
        int lanes = 0;
        int slots = 0;
        for (int[] layer : layers) {
            int full = layer.length / WIDTH * WIDTH;
            groups += full / WIDTH + layer.length - full;
            lanes += layer.length;
            for (int k = 0; k < layer.length; k++) {
                int p = layer[k];
                // a group of four takes four times the in-degree of its first (largest) node
                slots += k < full ? (k % WIDTH == 0 ? WIDTH * (ts[p + 1] - ts[p]) : 0) : ts[p + 1] - ts[p];
            }
        }
        int[] groupStart = new int[groups + 1];
        int[] groupLanes = new int[groups + 1];
        int[] lanePosition = new int[lanes];
        double[] laneBias = new double[lanes];
        int[] laneCode = new int[lanes];
        ActivationFunction[] laneFunction = new ActivationFunction[lanes];
        int[] sources = new int[slots];
        int[] targets = new int[slots];
        int[] connections = new int[slots];
        double[] weights = new double[slots];
        Arrays.fill(sources, zero);
        Arrays.fill(connections, -1);
        int g = 0;
        int lane = 0;
        int slot = 0;
        for (int[] layer : layers) {
            int full = layer.length / WIDTH * WIDTH;
            for (int k = 0; k < layer.length; ) {
                int width = k < full ? WIDTH : 1;
                int depth = ts[layer[k] + 1] - ts[layer[k]];
                for (int i = 0; i < width; i++) {
                    int p = layer[k + i];
                    lanePosition[lane + i] = p;
                    laneBias[lane + i] = biases[p];
                    laneFunction[lane + i] = functions[p];
                    laneCode[lane + i] = Transfer.codeOf(functions[p]);
                    for (int j = 0; j < depth; j++) {
                        int s = slot + width * j + i;
                        targets[s] = p;
                        int c = ts[p] + j;
                        if (c < ts[p + 1]) {
                            sources[s] = layout.sources()[c];
                            weights[s] = layout.weights()[c];
                            connections[s] = layout.connections()[c];
                        }
                    }
                }
                k += width;
                lane += width;
                slot += width * depth;
                groupStart[++g] = slot;
                groupLanes[g] = lane;
            }
        }
        int pads = 0;
        int[] slotOf = new int[reportedConnections.length == 0 ? 0 : max(reportedConnections) + 1];
        for (int s = 0; s < slots; s++) {
            if (connections[s] < 0) {
                pads++;
            } else {
                slotOf[connections[s]] = s;
            }
        }
        int[] padding = new int[pads];
        pads = 0;
        for (int s = 0; s < slots; s++) {
            if (connections[s] < 0) {
                padding[pads++] = s;
            }
        }
        int[] reported = new int[reportedConnections.length];
        for (int k = 0; k < reported.length; k++) {
            reported[k] = slotOf[reportedConnections[k]];
        }
        return new NodeGroups(zero, groupStart, groupLanes, lanePosition, laneBias, laneCode, laneFunction, sources,
                targets, connections, weights, padding, reported);
    }

    private static int max(int[] values) {
        int m = values[0];
        for (int x : values) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** Number of groups. */
    int groupCount() {
        return groupStart.length - 1;
    }

    /**
     * Computes every node, group by group: {@code into[p] = f(bias + Σ w·from[source])}. A
     * feed-forward network passes one array as both (its layers come in order); a recurrent one reads
     * the last step's values and writes the next step's.
     *
     * @param post null, or an array that receives per slot the new value of its target (for a
     *             learning rule that reads it in slot order; written here while the group's slots are
     *             at hand, where a pass of its own would cost as much as the rule's arithmetic)
     */
    void compute(double[] w, double[] from, double[] into, double[] post) {
        final int[] src = sources;
        final int[] start = groupStart;
        final int[] lanesOf = groupLanes;
        final int[] position = lanePosition;
        final double[] bias = laneBias;
        final int[] code = laneCode;
        final ActivationFunction[] function = laneFunction;
        for (int g = 0, groups = start.length - 1; g < groups; g++) {
            int first = start[g];
            int c = first;
            int end = start[g + 1];
            int q = lanesOf[g];
            if (lanesOf[g + 1] - q == 1) {
                double o = Transfer.apply(code[q], function[q], WeightedSum.of(bias[q], w, from, src, c, end));
                into[position[q]] = o;
                if (post != null) {
                    for (int k = first; k < end; k++) {
                        post[k] = o;
                    }
                }
                continue;
            }
            double a0 = bias[q];
            double a1 = bias[q + 1];
            double a2 = bias[q + 2];
            double a3 = bias[q + 3];
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
            double o0 = Transfer.apply(code[q], function[q], a0 + b0);
            double o1 = Transfer.apply(code[q + 1], function[q + 1], a1 + b1);
            double o2 = Transfer.apply(code[q + 2], function[q + 2], a2 + b2);
            double o3 = Transfer.apply(code[q + 3], function[q + 3], a3 + b3);
            into[position[q]] = o0;
            into[position[q + 1]] = o1;
            into[position[q + 2]] = o2;
            into[position[q + 3]] = o3;
            if (post != null) {
                for (int k = first; k < end; k += WIDTH) {
                    post[k] = o0;
                    post[k + 1] = o1;
                    post[k + 2] = o2;
                    post[k + 3] = o3;
                }
            }
        }
    }
}
