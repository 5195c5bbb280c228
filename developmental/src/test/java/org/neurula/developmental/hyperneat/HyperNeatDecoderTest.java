package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.cppn.HandCppn;
import org.neurula.developmental.substrate.HiddenLayer;
import org.neurula.developmental.substrate.SubstrateParameters;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;

/** The HyperNEAT decoder's contracts: expression, weight scaling, node layout, biases and rejection. */
class HyperNeatDecoderTest {

    /** Plain HyperNEAT on 5 inputs and 3 outputs on the default lines, without bias output. */
    private static final HyperNeatParameters PLAIN = HyperNeatParameters.defaults().withBiasOutput(false);

    @Test
    void aGaussianOfDeltaXGivesExactlyTheExpectedConnectionsAndWeights() {
        Geometry geometry = Geometry.lines(5, 3);
        HyperNeatDecoder decoder = HyperNeatDecoder.of(geometry, PLAIN);
        CppnLayout layout = decoder.layout();
        HandCppn hand = new HandCppn(layout);
        int g = hand.hidden(Activation.GAUSSIAN);
        hand.link(layout.sourceInput(0), g, -1.0).link(layout.targetInput(0), g, 1.0).link(g, hand.output(0), 1.0);
        NetworkBlueprint b = Decoding.blueprint(decoder, hand.build());

        int expected = 0;
        int k = 0;
        // candidates: inputs 0..4 and the bias 5 (no bias output) to outputs 6..8, source-major
        for (int s = 0; s <= 5; s++) {
            for (int t = 6; t <= 8; t++) {
                double dx = decoder.substrate().coordinate(t, 0) - decoder.substrate().coordinate(s, 0);
                double w = Math.exp(-dx * dx);
                if (w > 0.2) {
                    assertEquals(s, b.sources()[k], "source of connection " + k);
                    assertEquals(t, b.targets()[k], "target of connection " + k);
                    assertEquals((w - 0.2) / 0.8 * 3.0, b.weights()[k], 1e-12, "weight " + s + "->" + t);
                    k++;
                    expected++;
                }
            }
        }
        assertEquals(expected, b.connectionCount());
        assertTrue(expected > 0 && expected < 18, "some but not all of the 18 candidates: " + expected);
        assertNull(b.plasticity());
        assertTrue(!b.recurrent());
    }

    @Test
    void thresholdAndScaling() {
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(2, 1), PLAIN);
        assertEquals(0.0, weightFor(decoder, 0.6) - 1.5, 1e-12, "(0.6 - 0.2) / 0.8 * 3");
        assertEquals(-1.5, weightFor(decoder, -0.6), 1e-12);
        assertEquals(3.0, weightFor(decoder, 1.0), 1e-12);
        assertEquals(3.0, weightFor(decoder, 7.0), 1e-12, "outputs beyond 1 are clipped");
        assertEquals(-3.0, weightFor(decoder, -7.0), 1e-12);
        for (double below : new double[] {0.0, 0.1, 0.2, -0.2}) {
            String reason = Decoding.rejection(decoder, constantWeight(decoder, below));
            assertTrue(reason.contains("no expressed substrate connection reaches an output"), reason);
        }
        HyperNeatDecoder wide = HyperNeatDecoder.of(Geometry.lines(2, 1), PLAIN.withWeights(0.5, 8.0));
        assertEquals((0.75 - 0.5) / 0.5 * 8.0, weightFor(wide, 0.75), 1e-12);
    }

    private static org.neurula.neat.genome.Genome constantWeight(HyperNeatDecoder decoder, double w) {
        return new HandCppn(decoder.layout()).constant(0, w).build();
    }

    private static double weightFor(HyperNeatDecoder decoder, double w) {
        NetworkBlueprint b = Decoding.blueprint(decoder, constantWeight(decoder, w));
        assertEquals(decoder.candidateCount(), b.connectionCount(), "a constant weight expresses all or nothing");
        for (double weight : b.weights()) {
            assertEquals(b.weights()[0], weight);
        }
        return b.weights()[0];
    }

    @Test
    void linkExpressionDecidesAndTheThresholdIsNotUsed() {
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(5, 3), PLAIN.withLinkExpression(true, false));
        CppnLayout layout = decoder.layout();
        assertEquals(2, layout.cppnOutputs());
        // weight 0.1, below the threshold; LEO = target x: expressed exactly for targets at x > 0
        HandCppn hand = new HandCppn(layout).constant(0, 0.1).link(layout.targetInput(0),
                hand(layout).output(layout.expressionIndex()), 1.0);
        NetworkBlueprint b = Decoding.blueprint(decoder, hand.build());
        assertEquals(6, b.connectionCount(), "5 inputs and the bias to the output at x = 1");
        for (int c = 0; c < b.connectionCount(); c++) {
            assertEquals(8, b.targets()[c]);
            assertEquals(0.1 * 3.0, b.weights()[c], 1e-12, "LEO weights are w * maxWeight");
        }
        HandCppn silent = new HandCppn(layout).constant(0, 1.0).constant(layout.expressionIndex(), 0.0);
        assertTrue(Decoding.rejection(decoder, silent.build()).contains("reaches an output"),
                "LEO = 0 expresses nothing, whatever the weight");
    }

    private static HandCppn hand(CppnLayout layout) {
        return new HandCppn(layout);
    }

    @Test
    void nodesIdsKindsActivationsAndPositionsFollowTheSubstrate() {
        HyperNeatParameters p = HyperNeatParameters.defaults().withSubstrate(
                SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(4, 1))));
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(3, 2), p);
        CppnLayout layout = decoder.layout();
        // bias output = 0.5 * source x; weight 1
        HandCppn hand = new HandCppn(layout).constant(0, 1.0).link(layout.sourceInput(0),
                hand(layout).output(layout.biasIndex()), 0.5);
        NetworkBlueprint b = Decoding.blueprint(decoder, hand.build());
        assertEquals(3 + 1 + 2 + 4, b.nodeCount());
        assertSame(decoder.substrate().positions(), b.positions());
        NodeKind[] kinds = {NodeKind.INPUT, NodeKind.INPUT, NodeKind.INPUT, NodeKind.BIAS, NodeKind.OUTPUT,
                NodeKind.OUTPUT, NodeKind.HIDDEN, NodeKind.HIDDEN, NodeKind.HIDDEN, NodeKind.HIDDEN};
        assertArrayEquals(kinds, b.kinds());
        for (int i = 0; i < b.nodeCount(); i++) {
            assertEquals(i, b.nodeIds()[i]);
            Object expected = i <= 3 ? Activation.IDENTITY : i <= 5 ? Activation.STEEPENED_SIGMOID
                    : Activation.BIPOLAR_SIGMOID;
            assertEquals(expected, b.activations()[i], "activation of node " + i);
            double bias = i <= 3 ? 0.0 : 0.5 * decoder.substrate().coordinate(i, 0) * 3.0;
            assertEquals(bias, b.biases()[i], 1e-12, "bias of node " + i);
        }
        // with a bias output the bias node has no connections: 3*4 + 4*2
        assertEquals(3 * 4 + 4 * 2, b.connectionCount());
        for (int c = 0; c < b.connectionCount(); c++) {
            assertTrue(b.sources()[c] != 3, "no connection leaves the bias node");
        }
        Network network = new NetworkCompiler(1).compile(b);
        assertEquals(3, network.inputCount());
        assertEquals(2, network.outputCount());
        network.activate(0.1, 0.2, 0.3);
    }

    @Test
    void recurrentSubstratesAreRecurrentBlueprints() {
        HyperNeatParameters p = PLAIN.withSubstrate(new SubstrateParameters(List.of(HiddenLayer.grid(2, 1)),
                org.neurula.developmental.substrate.Connectivity.RECURRENT, false));
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(2, 1), p);
        NetworkBlueprint b = Decoding.blueprint(decoder, new HandCppn(decoder.layout()).constant(0, 0.9).build());
        assertTrue(b.recurrent());
        assertEquals(3 * 3 + 3 * 3, b.connectionCount(), "inputs and bias to 3 nodes, 3 nodes to 3 nodes");
        Network network = new NetworkCompiler(2).compile(b);
        assertTrue(network.isRecurrent());
    }

    @Test
    void miscompiledCppnsAreRejectedWithTheReason() {
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(2, 1), PLAIN);
        String reason = Decoding.rejection(decoder,
                new HandCppn(new CppnLayout(2, true, false, false, false, false, false)).constant(0, 1).build());
        assertTrue(reason.contains("needs 4 inputs and 1 outputs"), reason);
    }
}
