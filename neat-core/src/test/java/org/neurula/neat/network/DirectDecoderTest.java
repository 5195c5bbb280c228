package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * Checks {@link DirectDecoder}: every node and every enabled gene is expressed, disabled genes are
 * not, a genome whose enabled connections form a cycle is rejected in feed-forward mode (but not when
 * the cycle runs through a disabled gene, and not in recurrent mode), and a connection into an input
 * is rejected.
 */
class DirectDecoderTest {

    /** Input 0, bias 1, output 2, hidden 3 and 4; 0 -> 3 -> 4 -> 3 loop and 4 -> 2. */
    private static Genome loop(boolean backEdgeEnabled) {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0.5)
                .node(3, NodeKind.HIDDEN, Activation.TANH, 0)
                .node(4, NodeKind.HIDDEN, Activation.TANH, 0)
                .connection(0, 0, 3, 1.0, true)
                .connection(1, 3, 4, 2.0, true)
                .connection(2, 4, 3, 3.0, backEdgeEnabled)
                .connection(3, 4, 2, 4.0, true)
                .build();
    }

    @Test
    void rejectsEnabledCycleInFeedForwardMode() {
        DecodeResult r = new DirectDecoder(false).decode(loop(true));
        DecodeResult.Rejected rejected = assertInstanceOf(DecodeResult.Rejected.class, r);
        assertTrue(rejected.reason().contains("cycle"), rejected.reason());
    }

    @Test
    void acceptsCycleInRecurrentMode() {
        NetworkBlueprint bp = assertInstanceOf(DecodeResult.Decoded.class, new DirectDecoder(true).decode(loop(true)))
                .blueprint();
        assertTrue(bp.recurrent());
        assertEquals(4, bp.connectionCount());
        assertEquals(null, Topology.depths(bp));
    }

    @Test
    void disabledBackEdgeIsNotExpressed() {
        NetworkBlueprint bp = assertInstanceOf(DecodeResult.Decoded.class,
                new DirectDecoder(false).decode(loop(false))).blueprint();
        assertFalse(bp.recurrent());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, bp.nodeIds());
        assertEquals(3, bp.connectionCount());
        assertArrayEquals(new double[] {1.0, 2.0, 4.0}, bp.weights());
        // indices into the node arrays, not ids (equal here)
        assertArrayEquals(new int[] {0, 3, 4}, bp.sources());
        assertArrayEquals(new int[] {3, 4, 2}, bp.targets());
        assertEquals(0.5, bp.biases()[2]);
        assertEquals(Activation.TANH, bp.activations()[3]);
        assertEquals(NodeKind.BIAS, bp.kinds()[1]);
    }

    @Test
    void rejectsConnectionIntoAnInput() {
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .connection(0, 2, 0, 1.0, true)
                .build();
        assertInstanceOf(DecodeResult.Rejected.class, new DirectDecoder(true).decode(g));
        assertInstanceOf(DecodeResult.Rejected.class, new DirectDecoder(false).decode(g));
    }
}
