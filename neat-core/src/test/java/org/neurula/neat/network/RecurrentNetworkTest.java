package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * Checks the documented semantics of {@link RecurrentNetwork} on hand-computed cases: synchronous
 * steps, {@code cycles} steps per call, state kept between calls, a signal needing one step per
 * link, the bias node at 1, and {@code reset()} returning to the initial state.
 */
class RecurrentNetworkTest {

    private static Network compile(Genome g, int cycles) {
        return new NetworkCompiler(cycles).compile(((DecodeResult.Decoded) new DirectDecoder(true).decode(g)).blueprint());
    }

    /** Input 0, bias 1, identity output 2 with a self-loop: out' = 0.5 out + x. */
    private static Genome selfLoop() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.IDENTITY, 0)
                .connection(0, 0, 2, 1.0, true)
                .connection(1, 2, 2, 0.5, true)
                .build();
    }

    /** Input 0, bias 1, output 2, hidden 3: h' = 2x, out' = h + 0.25 (bias link) + 0.1 (node bias). */
    private static Genome chain() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.IDENTITY, 0.1)
                .node(3, NodeKind.HIDDEN, Activation.IDENTITY, 0)
                .connection(0, 0, 3, 2.0, true)
                .connection(1, 3, 2, 1.0, true)
                .connection(2, 1, 2, 0.25, true)
                .build();
    }

    @Test
    void selfLoopKeepsStateBetweenCalls() {
        Network net = compile(selfLoop(), 1);
        assertTrue(net.isRecurrent());
        assertEquals(1.0, net.activate(1.0)[0], 1e-15);
        assertEquals(1.5, net.activate(1.0)[0], 1e-15);
        assertEquals(1.75, net.activate(1.0)[0], 1e-15);
        assertEquals(0.875, net.activate(0.0)[0], 1e-15);
        net.reset();
        assertEquals(1.0, net.activate(1.0)[0], 1e-15);
    }

    @Test
    void cyclesStepsPerCall() {
        Network net = compile(selfLoop(), 3);
        // three steps with x = 1 from 0: 1, 1.5, 1.75
        assertEquals(1.75, net.activate(1.0)[0], 1e-15);
        // three more: 1.875, 1.9375, 1.96875
        assertEquals(1.96875, net.activate(1.0)[0], 1e-15);
    }

    @Test
    void signalNeedsOneStepPerLink() {
        Network net = compile(chain(), 1);
        assertEquals(0.35, net.activate(1.0)[0], 1e-15, "hidden was still 0");
        assertEquals(2.35, net.activate(1.0)[0], 1e-15);
        assertEquals(2.35, net.activate(3.0)[0], 1e-15, "out still sees the hidden value of x = 1");
        assertEquals(6.35, net.activate(0.0)[0], 1e-15, "now it sees the hidden value of x = 3");
        assertEquals(0.35, net.activate(0.0)[0], 1e-15);
        net.reset();
        assertEquals(0.35, net.activate(5.0)[0], 1e-15);
        Network twoSteps = compile(chain(), 2);
        assertEquals(2 * 5.0 + 0.35, twoSteps.activate(5.0)[0], 1e-15);
    }

    @Test
    void compilerRejectsZeroCycles() {
        NetworkBlueprint bp = ((DecodeResult.Decoded) new DirectDecoder(true).decode(selfLoop())).blueprint();
        assertThrows(IllegalArgumentException.class, () -> RecurrentNetwork.compile(bp, 0));
    }
}
