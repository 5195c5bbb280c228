package org.neurula.developmental.ndp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.Network;

/**
 * A grown graph runs as the reference code runs it: inputs held on the first cells, outputs read from
 * the last, diameter + extra synchronous tanh updates per input over the symmetric weights, state kept
 * from input to input; graphs too small for the task are rejected with the counts.
 */
class GrownNetworksTest {

    /** The reference semantics, written out: x ← tanh(Wᵀx) on non-input cells, {@code steps} times. */
    private static double[] reference(GrownGraph g, int inputs, int steps, double[] state, double[] in) {
        int n = g.size();
        System.arraycopy(in, 0, state, 0, inputs);
        for (int s = 0; s < steps; s++) {
            double[] next = state.clone();
            for (int i = inputs; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += g.connected(j, i) ? g.weight(j, i) * state[j] : 0;
                }
                next[i] = Math.tanh(sum);
            }
            System.arraycopy(next, 0, state, 0, n);
        }
        return state;
    }

    @Test
    void grownNetworksComputeTheReferenceUpdates() {
        NdpParameters shape = new NdpParameters(3, 4, 4, 1, 2, true, true, true);
        SplittableRandom random = new SplittableRandom(11);
        int checked = 0;
        for (int k = 0; k < 200 && checked < 25; k++) {
            double[] v = random.doubles(shape.parameterCount(), -2, 2).toArray();
            GrownGraph g = NdpGrowth.grow(new PerceptronCellProgram(shape, v), shape);
            Network network = GrownNetworks.network(g, shape, 2, 1);
            if (network == null) {
                continue;
            }
            int steps = GrownNetworks.updatesPerInput(g, shape);
            assertEquals(Math.max(1, g.diameter() + 2), steps);
            double[] state = new double[g.size()];
            double[] out = new double[1];
            for (int t = 0; t < 6; t++) {
                double[] in = {random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
                network.activate(in, out);
                double expected = reference(g, 2, steps, state, in)[g.size() - 1];
                assertEquals(expected, out[0], 1e-12, "step " + t + " of graph " + k);
            }
            checked++;
        }
        assertTrue(checked >= 10, "enough random programs grew 3 or more cells: " + checked);
    }

    @Test
    void aGraphTooSmallForTheTaskIsRejectedWithTheCounts() {
        NdpParameters shape = new NdpParameters(1, 1, 0, 0, 0, true, true, true);
        GrownGraph seed = NdpGrowth.grow(new PerceptronCellProgram(shape, new double[shape.parameterCount()]), shape);
        assertEquals(1, seed.size());
        DecodeResult r = GrownNetworks.blueprint(seed, 2, 1);
        DecodeResult.Rejected rejected = assertInstanceOf(DecodeResult.Rejected.class, r);
        assertTrue(rejected.reason().contains("1 cells") && rejected.reason().contains("2 input")
                && rejected.reason().contains("1 output"), rejected.reason());
        assertNull(GrownNetworks.network(seed, shape, 2, 1));
    }
}
