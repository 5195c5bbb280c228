package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * Checks a compiled {@link FeedForwardNetwork} on a 2-2-1 network computed by hand: node biases,
 * the bias node, disabled genes ignored, several outputs in id order, no state between calls, and
 * that compiling a cyclic blueprint is refused.
 */
class FeedForwardNetworkTest {

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /**
     * Inputs 0, 1; bias 2; output 3 (sigmoid, bias 0.3); hidden 4 (tanh, bias 0.1) and 5 (relu).
     * h4 = tanh(0.1 + x0 - 2 x1), h5 = relu(0.5 x0 + 1.5 x1 - 0.25), out = sigmoid(0.3 + 2 h4 - h5).
     * The disabled gene 0 -> 3 (weight 100) must not count.
     */
    private static Genome twoTwoOne() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.SIGMOID, 0.3)
                .node(4, NodeKind.HIDDEN, Activation.TANH, 0.1)
                .node(5, NodeKind.HIDDEN, Activation.RELU, 0.0)
                .connection(0, 0, 3, 100.0, false)
                .connection(1, 0, 4, 1.0, true)
                .connection(2, 1, 4, -2.0, true)
                .connection(3, 0, 5, 0.5, true)
                .connection(4, 1, 5, 1.5, true)
                .connection(5, 2, 5, -0.25, true)
                .connection(6, 4, 3, 2.0, true)
                .connection(7, 5, 3, -1.0, true)
                .build();
    }

    private static Network compile(Genome g) {
        return new NetworkCompiler(1).compile(((DecodeResult.Decoded) new DirectDecoder(false).decode(g)).blueprint());
    }

    @Test
    void twoTwoOneByHand() {
        Network net = compile(twoTwoOne());
        assertEquals(2, net.inputCount());
        assertEquals(1, net.outputCount());
        assertEquals(7, net.connectionCount());
        // x = (0.5, -1): h4 = tanh(2.6), h5 = relu(-1.5) = 0
        assertEquals(sigmoid(0.3 + 2 * Math.tanh(2.6)), net.activate(0.5, -1.0)[0], 1e-12);
        assertEquals(0.9070432, net.activate(0.5, -1.0)[0], 1e-7);
        // x = (1, 1): h4 = tanh(-0.9), h5 = relu(1.75) = 1.75
        assertEquals(sigmoid(0.3 + 2 * Math.tanh(-0.9) - 1.75), net.activate(1.0, 1.0)[0], 1e-12);
        // no state: the first input again gives the first answer
        assertEquals(sigmoid(0.3 + 2 * Math.tanh(2.6)), net.activate(0.5, -1.0)[0], 1e-12);
        double[] out = new double[1];
        net.activate(new double[] {0.0, 0.0}, out);
        assertEquals(sigmoid(0.3 + 2 * Math.tanh(0.1)), out[0], 1e-12);
    }

    @Test
    void outputsInIdOrderAndUnconnectedOutputSeesOnlyItsBias() {
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.IDENTITY, 0.75)
                .node(4, NodeKind.OUTPUT, Activation.IDENTITY, 0)
                .connection(0, 0, 4, 3.0, true)
                .connection(1, 1, 2, -2.0, true)
                .build();
        assertArrayEquals(new double[] {-2.0, 0.75, 6.0}, compile(g).activate(2.0), 1e-15);
    }

    @Test
    void deepChainIsEvaluatedInDepthOrder() {
        // ids deliberately out of depth order: 0 -> 7 -> 5 -> 6 -> 2 (output)
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.IDENTITY, 0)
                .node(5, NodeKind.HIDDEN, Activation.IDENTITY, 1.0)
                .node(6, NodeKind.HIDDEN, Activation.IDENTITY, 0)
                .node(7, NodeKind.HIDDEN, Activation.IDENTITY, 0)
                .connection(0, 6, 2, 2.0, true)
                .connection(1, 5, 6, 3.0, true)
                .connection(2, 7, 5, 0.5, true)
                .connection(3, 0, 7, 4.0, true)
                .build();
        // 7 = 4x, 5 = 1 + 2x, 6 = 3 + 6x, out = 6 + 12x
        assertEquals(6 + 12 * 0.5, compile(g).activate(0.5)[0], 1e-12);
    }

    @Test
    void refusesCyclicBlueprint() {
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.IDENTITY, 0)
                .connection(0, 0, 2, 1.0, true)
                .connection(1, 2, 2, 0.5, true)
                .build();
        NetworkBlueprint cyclic = ((DecodeResult.Decoded) new DirectDecoder(true).decode(g)).blueprint();
        assertThrows(IllegalArgumentException.class, () -> FeedForwardNetwork.compile(cyclic));
    }
}
