package org.neurula.neat.network;

/**
 * The ABCD rule of a compiled network: its coefficients per slot of the network's {@link NodeGroups}
 * (ηA, ηB, ηC, ηD, each in an array of its own; 0 for padding) and the step that applies them.
 *
 * <p>A step gathers every slot's source and target values (and gates) into arrays parallel to the
 * weights, in one pass group by group, then runs one vectorized loop of {@link AbcdSteps}. (Going
 * through the slots in chunks of a few hundred, to keep the gathered values in the first-level
 * cache, measured no faster at 1,000 and 10,000 connections.)
 */
final class AbcdRule {

    private final NodeGroups groups;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] d;
    /** Whether every connection has the same coefficients (network-wide genes), and those. */
    private final boolean shared;
    private final double sharedA;
    private final double sharedB;
    private final double sharedC;
    private final double sharedD;
    private final double[] pre;
    private final double[] post;
    private final double[] gate;

    /**
     * @param groups  the network's nodes and slots
     * @param plastic the blueprint's rule parameters
     * @param gated   whether steps are gated by modulation
     */
    AbcdRule(NodeGroups groups, PlasticityBlueprint plastic, boolean gated) {
        this.groups = groups;
        int m = groups.weights.length;
        a = new double[m];
        b = new double[m];
        c = new double[m];
        d = new double[m];
        for (int slot = 0; slot < m; slot++) {
            int conn = groups.connections[slot];
            if (conn >= 0) {
                double eta = plastic.parameter(conn, 0);
                a[slot] = eta * plastic.parameter(conn, 1);
                b[slot] = eta * plastic.parameter(conn, 2);
                c[slot] = eta * plastic.parameter(conn, 3);
                d[slot] = eta * plastic.parameter(conn, 4);
            }
        }
        // the first connection in the order weights are reported in supplies the shared values
        int first = groups.reported.length > 0 ? groups.reported[0] : -1;
        boolean same = first >= 0;
        for (int slot = 0; slot < m && same; slot++) {
            same = groups.connections[slot] < 0 || a[slot] == a[first] && b[slot] == b[first]
                    && c[slot] == c[first] && d[slot] == d[first];
        }
        shared = same;
        sharedA = same ? a[first] : 0.0;
        sharedB = same ? b[first] : 0.0;
        sharedC = same ? c[first] : 0.0;
        sharedD = same ? d[first] : 0.0;
        pre = new double[m];
        post = new double[m];
        gate = gated ? new double[m] : null;
    }

    /**
     * One step on {@code weights} from the node values {@code v} just computed.
     *
     * @param nodeGate per position, the modulation gate, or null for an ungated step
     * @param uniform  whether all gates are the same (no node has modulatory inputs)
     * @param bound    weights are clipped to [−bound, bound]; at least 0
     */
    void step(double[] v, double[] nodeGate, boolean uniform, double[] weights, double bound) {
        if (weights.length == 0) {
            return;
        }
        boolean perTarget = nodeGate != null && !uniform;
        gather(v, perTarget ? nodeGate : null);
        if (nodeGate != null && uniform) {
            double g = nodeGate[0];
            if (shared) {
                AbcdSteps.sharedGated(weights, sharedA, sharedB, sharedC, sharedD, pre, post, g, bound);
            } else {
                AbcdSteps.perConnectionGated(weights, a, b, c, d, pre, post, g, bound);
            }
        } else if (perTarget) {
            if (shared) {
                AbcdSteps.sharedGated(weights, sharedA, sharedB, sharedC, sharedD, pre, post, gate, bound);
            } else {
                AbcdSteps.perConnectionGated(weights, a, b, c, d, pre, post, gate, bound);
            }
        } else if (shared) {
            AbcdSteps.shared(weights, sharedA, sharedB, sharedC, sharedD, pre, post, bound);
        } else {
            AbcdSteps.perConnection(weights, a, b, c, d, pre, post, bound);
        }
    }

    /** Every slot's source and target values (and gates). */
    private void gather(double[] v, double[] nodeGate) {
        final int[] start = groups.groupStart;
        final int[] lanes = groups.groupLanes;
        final int[] position = groups.lanePosition;
        final int[] src = groups.sources;
        final double[] x = pre;
        final double[] y = post;
        for (int g = 0, count = start.length - 1; g < count; g++) {
            int k = start[g];
            int end = start[g + 1];
            int q = lanes[g];
            if (nodeGate != null) {
                spread(nodeGate, gate, k, end, position, q, lanes[g + 1] - q);
            }
            if (lanes[g + 1] - q == 1) {
                double value = v[position[q]];
                for (; k < end; k++) {
                    y[k] = value;
                    x[k] = v[src[k]];
                }
                continue;
            }
            double v0 = v[position[q]];
            double v1 = v[position[q + 1]];
            double v2 = v[position[q + 2]];
            double v3 = v[position[q + 3]];
            for (; k < end; k += NodeGroups.WIDTH) {
                y[k] = v0;
                y[k + 1] = v1;
                y[k + 2] = v2;
                y[k + 3] = v3;
                x[k] = v[src[k]];
                x[k + 1] = v[src[k + 1]];
                x[k + 2] = v[src[k + 2]];
                x[k + 3] = v[src[k + 3]];
            }
        }
    }

    /** {@code into[k] = byPosition[lane's position]} for the slots {@code [from, to)} of one group. */
    private static void spread(double[] byPosition, double[] into, int from, int to, int[] position, int q,
            int width) {
        if (width == 1) {
            java.util.Arrays.fill(into, from, to, byPosition[position[q]]);
            return;
        }
        for (int i = 0; i < width; i++) {
            double value = byPosition[position[q + i]];
            for (int j = from + i; j < to; j += width) {
                into[j] = value;
            }
        }
    }
}
