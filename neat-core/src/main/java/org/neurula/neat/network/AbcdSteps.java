package org.neurula.neat.network;

/**
 * One step of the ABCD rule over every slot of a network: {@code w ← clip(w + g·Δw)} with
 * {@code Δw = (ηA·post + ηB)·pre + (ηC·post + ηD)}, in the four forms of the rule (coefficients per
 * connection or network-wide, gated by modulation or not). The source and target values and the
 * gates come in arrays parallel to the weights, so every loop reads all its operands at the slot's own
 * index and the JIT compiles it to vector instructions (four or eight slots at once); a loop that
 * fetched the values through the source and target indices would stay scalar and cost about twice
 * the activation.
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
            double x = w[k] + Math.fma(Math.fma(a[k], post[k], b[k]), pre[k], Math.fma(c[k], post[k], d[k]));
            w[k] = Math.max(lo, Math.min(bound, x));
        }
    }

    /** Coefficients per connection, gated. */
    static void perConnectionGated(double[] w, double[] a, double[] b, double[] c, double[] d, double[] pre,
            double[] post, double[] gate, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double dw = Math.fma(Math.fma(a[k], post[k], b[k]), pre[k], Math.fma(c[k], post[k], d[k]));
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
            double x = Math.fma(Math.fma(a, post[k], b), pre[k], w[k] + Math.fma(c, post[k], d));
            w[k] = Math.max(lo, Math.min(bound, x));
        }
    }

    /** Network-wide coefficients, gated: α and β each multiplied by the gate. */
    static void sharedGated(double[] w, double a, double b, double c, double d, double[] pre, double[] post,
            double[] gate, double bound) {
        final double lo = -bound;
        for (int k = 0; k < w.length; k++) {
            double g = gate[k];
            double x = Math.fma(g * Math.fma(a, post[k], b), pre[k], w[k] + g * Math.fma(c, post[k], d));
            w[k] = Math.max(lo, Math.min(bound, x));
        }
    }
}
