package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * Node values read back in blueprint order, and the activity measures: a node that never moves is
 * dormant, silent values count for the sparsity, a static network does not drift.
 */
class ActivityRecorderTest {

    /** Inputs 0, 1, bias 2, output 3; hidden 4 (hears input 0), hidden 5 (hears nothing, stays at tanh(0)). */
    private static Genome genome() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.TANH, 0)
                .node(4, NodeKind.HIDDEN, Activation.TANH, 0)
                .node(5, NodeKind.HIDDEN, Activation.TANH, 0)
                .connection(0, 0, 4, 2.0, true)
                .connection(1, 4, 3, 1.5, true)
                .connection(2, 1, 3, -1.0, true)
                .connection(3, 5, 3, 0.5, true)
                .build();
    }

    private static Network compiled(boolean recurrent) {
        DecodeResult d = new DirectDecoder(recurrent).decode(genome());
        return new NetworkCompiler(1).compile(((DecodeResult.Decoded) d).blueprint());
    }

    @Test
    void nodeValuesComeBackInGenomeOrder() {
        for (boolean recurrent : new boolean[] {false, true}) {
            Network n = compiled(recurrent);
            assertEquals(6, n.nodeCount());
            n.activate(new double[] {0.3, 0.8}, new double[1]);
            double[] v = new double[6];
            n.nodeValues(v);
            double h4 = Math.tanh(2.0 * 0.3);
            // a recurrent network's one synchronous step sees the hidden values of before (0)
            double out = recurrent ? Math.tanh(-0.8) : Math.tanh(1.5 * h4 - 0.8);
            assertArrayEquals(new double[] {0.3, 0.8, 1.0, out, h4, 0.0}, v, 1e-15, "recurrent " + recurrent);
        }
    }

    @Test
    void aNodeThatNeverMovesIsDormantAndCountsAsSilent() {
        boolean[] measure = {false, false, false, true, true, true};
        ActivityRecorder recorder = new ActivityRecorder(compiled(false), measure, 0.025);
        double[] out = new double[1];
        for (double x : new double[] {0.5, -0.5, 1.0, 0.2}) {
            recorder.activate(new double[] {x, 0.4}, out);
        }
        NetworkActivity a = recorder.activity();
        assertEquals(3, a.nodes());
        assertEquals(4, a.activations());
        assertEquals(1.0 / 3, a.dormantRatio(), 1e-15, "hidden 5 never moves from tanh(0) = 0");
        assertEquals(4.0 / 12, a.sparsity(), 1e-15, "its four values are the only ones near 0");
        assertEquals(0.0, a.weightDrift(), "a static network keeps its weights");
        double[] means = recorder.meanAbsoluteValues();
        assertEquals((Math.tanh(1.0) + Math.tanh(1.0) + Math.tanh(2.0) + Math.tanh(0.4)) / 4, means[1], 1e-15);
        assertEquals(0.0, means[2]);
        NetworkActivity silent = new ActivityRecorder(compiled(false), measure, 0.025).activity();
        assertEquals(1.0, silent.dormantRatio(), "nothing recorded: nothing moved");
        assertTrue(silent.sparsity() == 0 && silent.activations() == 0);
    }
}
