package org.neurula.neat.network;

/**
 * The ABCD rule of a compiled network: its coefficients per slot of the network's {@link NodeGroups}
 * (ηA, ηB, ηC, ηD, each in an array of its own; 0 for padding) and the two ways of applying them.
 *
 * <p><b>Within the activation</b> ({@link #learnGroup}, feed-forward networks whose gates, if any, are
 * all the same): as soon as a group's nodes are computed, their incoming weights change, while the
 * group's source values are still in the first-level cache and its new values in registers. In a
 * feed-forward network every source of a group is final before the group is computed and no later
 * group reads the group's weights, so this is the step after the activation, operation for operation.
 *
 * <p><b>After the activation</b> ({@link #step}, recurrent networks and per-node gates): the network
 * writes every slot's target value into {@link #targetValues()} as it computes the nodes; a step
 * gathers the source values (and, where nodes have gates of their own, the gates) into arrays parallel
 * to the weights, then runs one vectorized loop of {@link AbcdSteps}. Measured and dropped: recording
 * the source values during the activation too (slower than the gather), and going through the slots
 * in chunks of a few hundred to keep the gathered values in the first-level cache (no faster at 1,000
 * and 10,000 connections).
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

    /**
     * The step for the slots {@code [from, to)} of one group just computed, whose nodes sit at positions
     * {@code p .. p + width − 1} of {@code v} (width 1 or {@link NodeGroups#WIDTH}, slots interleaved), all
     * gated by {@code g}: {@code w ← clip(fma(g, Δw, w))} per connection, or for network-wide coefficients
     * {@code fma(g·(ηA·post + ηB), pre, w + g·(ηC·post + ηD))}, the arithmetic of {@link AbcdSteps}; an
     * ungated step passes g = 1, for which both are the ungated rule's to the bit (1·x = x, and
     * {@code fma(1, Δw, w)} is {@code w + Δw} rounded once).
     */
    void learnGroup(double[] w, double[] v, int[] src, int from, int to, int p, int width, double g,
            double bound) {
        final double lo = -bound;
        if (shared) {
            if (width == 1) {
                double x = v[p];
                double alpha = g * Math.fma(sharedA, x, sharedB);
                double beta = g * Math.fma(sharedC, x, sharedD);
                for (int k = from; k < to; k++) {
                    w[k] = Math.max(lo, Math.min(bound, Math.fma(alpha, v[src[k]], w[k] + beta)));
                }
                return;
            }
            double alpha0 = g * Math.fma(sharedA, v[p], sharedB);
            double alpha1 = g * Math.fma(sharedA, v[p + 1], sharedB);
            double alpha2 = g * Math.fma(sharedA, v[p + 2], sharedB);
            double alpha3 = g * Math.fma(sharedA, v[p + 3], sharedB);
            double beta0 = g * Math.fma(sharedC, v[p], sharedD);
            double beta1 = g * Math.fma(sharedC, v[p + 1], sharedD);
            double beta2 = g * Math.fma(sharedC, v[p + 2], sharedD);
            double beta3 = g * Math.fma(sharedC, v[p + 3], sharedD);
            for (int k = from; k < to; k += NodeGroups.WIDTH) {
                w[k] = Math.max(lo, Math.min(bound, Math.fma(alpha0, v[src[k]], w[k] + beta0)));
                w[k + 1] = Math.max(lo, Math.min(bound, Math.fma(alpha1, v[src[k + 1]], w[k + 1] + beta1)));
                w[k + 2] = Math.max(lo, Math.min(bound, Math.fma(alpha2, v[src[k + 2]], w[k + 2] + beta2)));
                w[k + 3] = Math.max(lo, Math.min(bound, Math.fma(alpha3, v[src[k + 3]], w[k + 3] + beta3)));
            }
            return;
        }
        final double[] ca = a;
        final double[] cb = b;
        final double[] cc = c;
        final double[] cd = d;
        if (width == 1) {
            double x = v[p];
            for (int k = from; k < to; k++) {
                double dw = Math.fma(Math.fma(ca[k], x, cb[k]), v[src[k]], Math.fma(cc[k], x, cd[k]));
                w[k] = Math.max(lo, Math.min(bound, Math.fma(g, dw, w[k])));
            }
            return;
        }
        double x0 = v[p];
        double x1 = v[p + 1];
        double x2 = v[p + 2];
        double x3 = v[p + 3];
        for (int k = from; k < to; k += NodeGroups.WIDTH) {
            double dw0 = Math.fma(Math.fma(ca[k], x0, cb[k]), v[src[k]], Math.fma(cc[k], x0, cd[k]));
            double dw1 = Math.fma(Math.fma(ca[k + 1], x1, cb[k + 1]), v[src[k + 1]], Math.fma(cc[k + 1], x1, cd[k + 1]));
            double dw2 = Math.fma(Math.fma(ca[k + 2], x2, cb[k + 2]), v[src[k + 2]], Math.fma(cc[k + 2], x2, cd[k + 2]));
            double dw3 = Math.fma(Math.fma(ca[k + 3], x3, cb[k + 3]), v[src[k + 3]], Math.fma(cc[k + 3], x3, cd[k + 3]));
            w[k] = Math.max(lo, Math.min(bound, Math.fma(g, dw0, w[k])));
            w[k + 1] = Math.max(lo, Math.min(bound, Math.fma(g, dw1, w[k + 1])));
            w[k + 2] = Math.max(lo, Math.min(bound, Math.fma(g, dw2, w[k + 2])));
            w[k + 3] = Math.max(lo, Math.min(bound, Math.fma(g, dw3, w[k + 3])));
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
