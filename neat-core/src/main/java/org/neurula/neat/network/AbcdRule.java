package org.neurula.neat.network;

/**
 * The ABCD rule of a compiled network: its coefficients per slot of the network's {@link NodeGroups}
 * (ηA, ηB, ηC, ηD, each in an array of its own; 0 for padding) and the step that applies them.
 *
 * <p>The network writes every slot's target value into {@link #targetValues()} as it computes the
 * nodes; a step gathers the source values (and, where nodes have gates of their own, the gates) into
 * arrays parallel to the weights, then runs one vectorized loop of {@link AbcdSteps}. Measured and
 * dropped: recording the source values during the activation too (slower than the gather), going
 * through the slots in chunks of a few hundred to keep the gathered values in the first-level cache
 * (no faster at 1,000 and 10,000 connections), and, in a feed-forward network, changing each group's
 * weights within the activation right after the group is computed, with its new values in registers
 * and its source values in the first-level cache (bit-identical, but the loop stays scalar: 3,147 ns
 * a step against 1,833 ns at 1,000 connections).
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
     * @param groups      the network's nodes and slots
     * @param connections per slot, the blueprint index of its connection, or −1 for padding
     * @param plastic     the blueprint's rule parameters
     * @param gated       whether steps are gated by modulation
     */
    AbcdRule(NodeGroups groups, int[] connections, PlasticityBlueprint plastic, boolean gated) {
        this.groups = groups;
        int m = groups.weights.length;
        a = new double[m];
        b = new double[m];
        c = new double[m];
        d = new double[m];
        for (int slot = 0; slot < m; slot++) {
            int conn = connections[slot];
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
            same = connections[slot] < 0 || a[slot] == a[first] && b[slot] == b[first]
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

    /** Per slot, the new value of its target: the network fills it as it computes the nodes. */
    double[] targetValues() {
        return post;
    }

    /**
     * One step on {@code weights} from the node values {@code v} just computed (and recorded in
     * {@link #targetValues()}).
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

    /** Every slot's source value (and gate). */
    private void gather(double[] v, double[] nodeGate) {
        final int[] src = groups.sources;
        final double[] x = pre;
        for (int k = 0; k < x.length; k++) {
            x[k] = v[src[k]];
        }
        if (nodeGate != null) {
            final int[] start = groups.groupStart;
            final int[] first = groups.groupNodes;
            for (int g = 0, count = start.length - 1; g < count; g++) {
                spread(nodeGate, gate, start[g], start[g + 1], first[g], first[g + 1] - first[g]);
            }
        }
    }

    /** {@code into[k] = byPosition[target]} for the slots {@code [from, to)} of a group from position {@code p}. */
    private static void spread(double[] byPosition, double[] into, int from, int to, int p, int width) {
        if (width == 1) {
            java.util.Arrays.fill(into, from, to, byPosition[p]);
            return;
        }
        for (int i = 0; i < width; i++) {
            double value = byPosition[p + i];
            for (int k = from + i; k < to; k += width) {
                into[k] = value;
            }
        }
    }
}
