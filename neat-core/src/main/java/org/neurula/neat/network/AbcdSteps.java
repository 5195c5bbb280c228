package org.neurula.neat.network;

/**
 * One step of the ABCD rule over all slots of a network: {@code w ← clip(w + g·Δw)} with
 * {@code Δw = (ηA·post + ηB)·pre + (ηC·post + ηD)}, in the four forms of the rule (coefficients per
 * connection or network-wide; gated by modulation, one gate per target or one for all, or not). The source and target values and the
 * gates of slot {@code k} come at {@code k} in arrays of their own, so every loop reads and writes all
 * its operands at one running index and the JIT compiles it to vector instructions (four or eight
 * slots at once; with different indices it could not rule out that two arrays overlap). A loop that
 * fetched the values through the source and target indices would stay scalar.
 *
 * <p>The arithmetic is the rule's as it was per connection, operation for operation: an ungated step
 * adds Δw where the gated one computes {@code fma(g, Δw, w)}, which for the gate 1 is the same
 * addition; and clipping by {@code max(−bound, min(bound, x))} equals {@code x > bound ? bound :
 * x < −bound ? −bound : x} for every x when {@code bound ≥ 0} (NaN stays NaN, −0 stays −0).
 */
final class AbcdSteps {

    private AbcdSteps() {
    }

    /** Coefficients per connection, no gate. */
    static void perConnection(double[] w, double[] a, double[] b, double[] c, double[] d, double[] pre,
            double[] post, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double x = post[k];
            double y = w[k] + Math.fma(Math.fma(a[k], x, b[k]), pre[k], Math.fma(c[k], x, d[k]));
            w[k] = Math.max(lo, Math.min(bound, y));
        }
    }

    /** Coefficients per connection, gated. */
    static void perConnectionGated(double[] w, double[] a, double[] b, double[] c, double[] d, double[] pre,
            double[] post, double[] gate, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double x = post[k];
            double dw = Math.fma(Math.fma(a[k], x, b[k]), pre[k], Math.fma(c[k], x, d[k]));
            w[k] = Math.max(lo, Math.min(bound, Math.fma(gate[k], dw, w[k])));
        }
    }

    /**
     * Network-wide coefficients, no gate: Δw = α·pre + β with α = ηA·post + ηB and β = ηC·post + ηD,
     * the new weight {@code fma(α, pre, w + β)}.
     */
    static void shared(double[] w, double a, double b, double c, double d, double[] pre, double[] post,
            double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double x = post[k];
            double y = Math.fma(Math.fma(a, x, b), pre[k], w[k] + Math.fma(c, x, d));
            w[k] = Math.max(lo, Math.min(bound, y));
        }
    }

    /** Network-wide coefficients, gated: α and β each multiplied by the gate. */
    static void sharedGated(double[] w, double a, double b, double c, double d, double[] pre, double[] post,
            double[] gate, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double x = post[k];
            double g = gate[k];
            double y = Math.fma(g * Math.fma(a, x, b), pre[k], w[k] + g * Math.fma(c, x, d));
            w[k] = Math.max(lo, Math.min(bound, y));
        }
    }

    /** Coefficients per connection, one gate for all connections. */
    static void perConnectionGated(double[] w, double[] a, double[] b, double[] c, double[] d, double[] pre,
            double[] post, double gate, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double x = post[k];
            double dw = Math.fma(Math.fma(a[k], x, b[k]), pre[k], Math.fma(c[k], x, d[k]));
            w[k] = Math.max(lo, Math.min(bound, Math.fma(gate, dw, w[k])));
        }
    }

    /** Network-wide coefficients, one gate for all connections. */
    static void sharedGated(double[] w, double a, double b, double c, double d, double[] pre, double[] post,
            double gate, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double x = post[k];
            double y = Math.fma(gate * Math.fma(a, x, b), pre[k], w[k] + gate * Math.fma(c, x, d));
            w[k] = Math.max(lo, Math.min(bound, y));
        }
    }
}
