package org.neurula.neat.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurula.neat.plasticity.PlasticNetworks.network;
import static org.neurula.neat.plasticity.PlasticNetworks.settings;
import static org.neurula.neat.plasticity.PlasticNetworks.weights;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.Network;

/**
 * The textbook behaviour of each rule, run through compiled networks exactly as evolution uses them:
 * Oja's principal component, plain Hebb's unbounded growth and its taming, the sign table of the
 * generalized rule's four classic forms, BCM selectivity, and the temporal rule's asymmetry.
 */
class TextbookRulesTest {

    private static final NodeKind[] TWO_IN_ONE_OUT = {NodeKind.INPUT, NodeKind.INPUT, NodeKind.OUTPUT};
    private static final NodeKind[] ONE_IN_ONE_OUT = {NodeKind.INPUT, NodeKind.OUTPUT};

    @Test
    void ojaConvergesToTheUnitFirstPrincipalComponent() {
        SplittableRandom random = new SplittableRandom(3);
        int samples = 20_000;
        double[][] data = new double[samples][2];
        for (double[] row : data) {
            double x = random.nextDouble(-1, 1);
            row[0] = x + 0.1 * random.nextGaussian();
            row[1] = -0.7 * x + 0.1 * random.nextGaussian();
        }
        double eta = 0.005;
        Network net = network(PlasticityRule.OJA, settings(10, Normalization.NONE, false), TWO_IN_ONE_OUT,
                new double[][] {{0, 2, 0.3, eta, 0, 0, 0, 0}, {1, 2, 0.2, eta, 0, 0, 0, 0}});
        double[] out = new double[1];
        for (int epoch = 0; epoch < 3; epoch++) {
            for (double[] row : data) {
                net.activate(row, out);
            }
        }
        double[] w = weights(net);
        double[] pc = leadingEigenvector(data);
        double norm = Math.hypot(w[0], w[1]);
        double cos = (w[0] * pc[0] + w[1] * pc[1]) / norm;
        assertTrue(Math.abs(cos) >= 0.99, "|cos| with the first principal component was " + Math.abs(cos));
        assertEquals(1.0, norm, 0.05, "weight norm");
    }

    /** The leading eigenvector (unit length) of the data's 2×2 sample covariance. */
    private static double[] leadingEigenvector(double[][] data) {
        double mx = 0;
        double my = 0;
        for (double[] r : data) {
            mx += r[0];
            my += r[1];
        }
        mx /= data.length;
        my /= data.length;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (double[] r : data) {
            sxx += (r[0] - mx) * (r[0] - mx);
            sxy += (r[0] - mx) * (r[1] - my);
            syy += (r[1] - my) * (r[1] - my);
        }
        double trace = sxx + syy;
        double det = sxx * syy - sxy * sxy;
        double lambda = trace / 2 + Math.sqrt(trace * trace / 4 - det);
        double vx = sxy;
        double vy = lambda - sxx;
        double n = Math.hypot(vx, vy);
        return new double[] {vx / n, vy / n};
    }

    /** One step of ABCD against its formula, with network-wide parameters (a fast path) and with per-connection ones. */
    @Test
    void abcdFollowsItsFormulaWithSharedAndOwnParameters() {
        NodeKind[] kinds = {NodeKind.INPUT, NodeKind.INPUT, NodeKind.INPUT, NodeKind.OUTPUT};
        double[] in = {0.3, -0.8, 0.5};
        double[] w = {0.4, -0.2, 0.7};
        for (boolean shared : new boolean[] {true, false}) {
            double[][] rows = new double[3][];
            for (int k = 0; k < 3; k++) {
                double own = shared ? 0 : 0.1 * k;
                rows[k] = new double[] {k, 3, w[k], 0.5 + own, 0.9 - own, -0.4 + own, 0.3, -0.1 + own};
            }
            Network net = network(PlasticityRule.ABCD, settings(10, Normalization.NONE, false), kinds, rows);
            double[] out = new double[1];
            net.activate(in, out);
            double post = w[0] * in[0] + w[1] * in[1] + w[2] * in[2];
            assertEquals(post, out[0], 1e-12);
            double[] after = weights(net);
            for (int k = 0; k < 3; k++) {
                double[] r = rows[k];
                double expected = w[k] + r[3] * (r[4] * in[k] * post + r[5] * in[k] + r[6] * post + r[7]);
                assertEquals(expected, after[k], 1e-12, (shared ? "shared" : "own") + " parameters, connection " + k);
            }
        }
    }

    @Test
    void plainHebbGrowsWithoutBound() {
        Network net = network(PlasticityRule.HEBB, settings(Double.MAX_VALUE, Normalization.NONE, false),
                ONE_IN_ONE_OUT, new double[][] {{0, 1, 0.5, 0.1, 0, 0, 0, 0}});
        double[] out = new double[1];
        double previous = weights(net)[0];
        for (int step = 0; step < 300; step++) {
            net.activate(new double[] {1.0}, out);
            double w = weights(net)[0];
            assertTrue(w > previous, "plain Hebb only potentiates when pre and post are on");
            previous = w;
        }
        // w grows by a factor 1.1 per step: 0.5 · 1.1^300 ≈ 1.3e12
        assertTrue(previous > 1e12, "weight after 300 steps: " + previous);
    }

    @Test
    void clippingBoundsPlainHebb() {
        Network net = network(PlasticityRule.HEBB, settings(5.0, Normalization.NONE, false), ONE_IN_ONE_OUT,
                new double[][] {{0, 1, 0.5, 0.1, 0, 0, 0, 0}});
        double[] out = new double[1];
        for (int step = 0; step < 300; step++) {
            net.activate(new double[] {1.0}, out);
            assertTrue(Math.abs(weights(net)[0]) <= 5.0);
        }
        assertEquals(5.0, weights(net)[0], 0.0, "the weight runs into the bound and stays there");
    }

    @Test
    void neuronNormalizationBoundsPlainHebbButLetsItLearn() {
        Network net = network(PlasticityRule.HEBB, settings(Double.MAX_VALUE, Normalization.NEURON_L2, false),
                TWO_IN_ONE_OUT, new double[][] {{0, 2, 0.6, 0.1, 0, 0, 0, 0}, {1, 2, 0.8, 0.1, 0, 0, 0, 0}});
        double[] out = new double[1];
        for (int step = 0; step < 500; step++) {
            net.activate(new double[] {1.0, 0.2}, out);
            double[] w = weights(net);
            assertTrue(Math.hypot(w[0], w[1]) <= 1.0 + 1e-12, "incoming L2 norm stays at its initial 1.0");
        }
        double[] w = weights(net);
        // the weights turn toward the more active input (initially 0.6 : 0.8)
        assertTrue(w[0] > 0.95 && w[1] < 0.3, "weights after learning: " + w[0] + ", " + w[1]);
    }

    @Test
    void layerNormalizationBoundsPlainHebb() {
        Network net = network(PlasticityRule.HEBB, settings(Double.MAX_VALUE, Normalization.LAYER_MAX_ABS, false),
                TWO_IN_ONE_OUT, new double[][] {{0, 2, 0.5, 0.1, 0, 0, 0, 0}, {1, 2, 0.25, 0.1, 0, 0, 0, 0}});
        double[] out = new double[1];
        for (int step = 0; step < 500; step++) {
            net.activate(new double[] {1.0, 1.0}, out);
            double[] w = weights(net);
            assertTrue(Math.max(Math.abs(w[0]), Math.abs(w[1])) <= 0.5 + 1e-12, "largest weight stays at 0.5");
        }
        double[] w = weights(net);
        assertTrue(w[1] > 0.45, "the smaller weight still grew: " + w[1]);
    }

    /**
     * The sign of Δw for the four pre/post combinations (pre on/post on, pre off/post on, pre on/post
     * off, pre off/post off), on = 1, off = 0: the table of the lecture notes (seed 003) and
     * BENCHMARKS.md.
     */
    @Test
    void generalizedRuleReproducesTheClassicSignTable() {
        double c = 0.5;
        // ην_iν_j: A = 1
        assertArrayEquals(new int[] {1, 0, 0, 0}, signs(PlasticityRule.ABCD, 1, 0, 0, 0));
        // ην_iν_j − c: A = 1, D = −c
        assertArrayEquals(new int[] {1, -1, -1, -1}, signs(PlasticityRule.ABCD, 1, 0, 0, -c));
        // η(ν_i − c)ν_j = η(ν_iν_j − c·ν_j): A = 1, B (the presynaptic term) = −c
        assertArrayEquals(new int[] {1, 0, -1, 0}, signs(PlasticityRule.ABCD, 1, -c, 0, 0));
        // covariance η(ν_i − ⟨ν_i⟩)(ν_j − ⟨ν_j⟩)
        assertArrayEquals(new int[] {1, -1, -1, 1}, signs(PlasticityRule.COVARIANCE, 0, 0, 0, 0));
    }

    /**
     * Signs of the change of the weight pre → out, where out = w·pre + drive (the drive connection is
     * not plastic, w starts at 0), for the four combinations. The covariance rule first sees the four
     * combinations in turn for a while, so its running means settle near 1/2.
     */
    private static int[] signs(PlasticityRule rule, double a, double b, double cc, double d) {
        double eta = rule == PlasticityRule.COVARIANCE ? 0.001 : 0.1;
        Network net = network(rule, settings(10, Normalization.NONE, false), TWO_IN_ONE_OUT,
                new double[][] {{0, 2, 0.0, eta, a, b, cc, d}, {1, 2, 1.0, 0, 0, 0, 0, 0}});
        double[][] combos = {{1, 1}, {0, 1}, {1, 0}, {0, 0}};
        double[] out = new double[1];
        int[] signs = new int[4];
        for (int k = 0; k < 4; k++) {
            net.reset();
            if (rule == PlasticityRule.COVARIANCE) {
                for (int warm = 0; warm < 400; warm++) {
                    net.activate(combos[warm % 4], out);
                }
                for (int warm = 0; warm < k; warm++) {
                    net.activate(combos[warm], out);
                }
            }
            double before = weights(net)[0];
            net.activate(combos[k], out);
            signs[k] = (int) Math.signum(Math.round((weights(net)[0] - before) * 1e9));
        }
        return signs;
    }

    @Test
    void bcmNeuronBecomesSelectiveToOneOfTwoPatterns() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double w0 = random.nextDouble(0.4, 0.6);
            double w1 = random.nextDouble(0.4, 0.6);
            Network net = network(PlasticityRule.BCM, settings(10, Normalization.NONE, false), TWO_IN_ONE_OUT,
                    new double[][] {{0, 2, w0, 0.02, 0, 0, 0, 0}, {1, 2, w1, 0.02, 0, 0, 0, 0}});
            double[] out = new double[1];
            double[][] patterns = {{1, 0}, {0, 1}};
            for (int step = 0; step < 40_000; step++) {
                net.activate(patterns[random.nextInt(2)], out);
            }
            double[] w = weights(net); // the response to pattern k is w[k]
            double strong = Math.max(w[0], w[1]);
            double weak = Math.min(w[0], w[1]);
            assertTrue(strong > 1.5 && weak < 0.1,
                    "seed " + seed + ": responses " + w[0] + " and " + w[1] + " from " + w0 + " and " + w1);
        }
    }

    @Test
    void temporalRulePotentiatesCauseBeforeEffectAndDepressesTheReverse() {
        double[] out = new double[1];
        // pre at t, post at t+1
        Network forward = temporal();
        forward.activate(new double[] {1, 0}, out);
        forward.activate(new double[] {0, 1}, out);
        assertTrue(weights(forward)[0] > 0, "pre before post potentiates: " + weights(forward)[0]);
        // post at t, pre at t+1
        Network backward = temporal();
        backward.activate(new double[] {0, 1}, out);
        backward.activate(new double[] {1, 0}, out);
        assertTrue(weights(backward)[0] < 0, "post before pre depresses: " + weights(backward)[0]);
        // both at once leave the traces of the past, which are empty: no change
        Network together = temporal();
        together.activate(new double[] {1, 1}, out);
        assertEquals(0.0, weights(together)[0], 0.0);
    }

    /** in → out (plastic, w = 0) and drive → out (weight 1, static); λ = 0.5. */
    private static Network temporal() {
        return network(PlasticityRule.TEMPORAL, settings(10, Normalization.NONE, false), TWO_IN_ONE_OUT,
                new double[][] {{0, 2, 0.0, 0.1, 0, 0, 0, 0}, {1, 2, 1.0, 0, 0, 0, 0, 0}});
    }
}
