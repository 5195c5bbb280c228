package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.cppn.HandCppn;
import org.neurula.developmental.substrate.HiddenLayer;
import org.neurula.developmental.substrate.SubstrateParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.plasticity.PlasticityRule;

/** Adaptive HyperNEAT: painted plasticity parameters and modulatory nodes land in the blueprint. */
class AdaptiveHyperNeatTest {

    @Test
    void plasticityOutputsBecomeEachConnectionsRuleParameters() {
        AdaptiveParameters adaptive = new AdaptiveParameters(true, PlasticityRule.ABCD, 0.5, 2.0, false);
        HyperNeatParameters p = HyperNeatParameters.defaults().withBiasOutput(false).withAdaptive(adaptive);
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(3, 2), p);
        CppnLayout layout = decoder.layout();
        assertEquals(1 + 5, layout.cppnOutputs());
        int eta = layout.plasticityIndex();
        // weight 1; eta = 0.5 * target x; A = 0.25; B = -0.5; C = source x; D = 3 (clipped to 1)
        HandCppn hand = new HandCppn(layout).constant(0, 1.0).constant(eta + 1, 0.25).constant(eta + 2, -0.5)
                .constant(eta + 4, 3.0);
        hand.link(layout.targetInput(0), hand.output(eta), 0.5).link(layout.sourceInput(0), hand.output(eta + 3), 1.0);
        NetworkBlueprint b = Decoding.blueprint(decoder, hand.build());
        assertEquals(PlasticityRule.ABCD, b.plasticity().rule());
        assertEquals(4 * 2, b.connectionCount());
        for (int c = 0; c < b.connectionCount(); c++) {
            double sx = decoder.substrate().coordinate(b.sources()[c], 0);
            double tx = decoder.substrate().coordinate(b.targets()[c], 0);
            assertEquals(0.5 * tx * 0.5, b.plasticity().parameter(c, 0), 1e-12, "eta, scaled by etaLimit");
            assertEquals(0.25 * 2.0, b.plasticity().parameter(c, 1), 1e-12, "A, scaled by coefficientLimit");
            assertEquals(-0.5 * 2.0, b.plasticity().parameter(c, 2), 1e-12);
            assertEquals(sx * 2.0, b.plasticity().parameter(c, 3), 1e-12);
            assertEquals(2.0, b.plasticity().parameter(c, 4), 1e-12, "outputs beyond 1 are clipped");
        }
        Network network = new NetworkCompiler(1).compile(b);
        assertTrue(network.isPlastic(), "today's plasticity machinery runs the painted rule");
        double[] before = new double[network.connectionCount()];
        double[] after = new double[network.connectionCount()];
        network.weights(before);
        network.activate(0.5, -0.5, 1.0);
        network.weights(after);
        assertTrue(!java.util.Arrays.equals(before, after), "the weights learn");
    }

    @Test
    void theModulatoryOutputMarksHiddenNodes() {
        AdaptiveParameters adaptive = new AdaptiveParameters(true, PlasticityRule.HEBB, 1.0, 1.0, true);
        HyperNeatParameters p = HyperNeatParameters.defaults().withAdaptive(adaptive).withSubstrate(
                SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(5, 1))));
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(3, 3), p);
        CppnLayout layout = decoder.layout();
        // modulatory flag = source x: hidden nodes at x > 0 are modulatory; outputs never are
        HandCppn hand = new HandCppn(layout).constant(0, 1.0).constant(layout.plasticityIndex(), 0.1);
        hand.link(layout.sourceInput(0), hand.output(layout.modulatoryIndex()), 1.0);
        NetworkBlueprint b = Decoding.blueprint(decoder, hand.build());
        int modulatory = 0;
        for (int i = 0; i < b.nodeCount(); i++) {
            double x = decoder.substrate().coordinate(i, 0);
            if (i >= decoder.substrate().firstHidden()) {
                assertEquals(x > 0 ? NodeKind.MODULATORY : NodeKind.HIDDEN, b.kinds()[i], "node " + i);
                modulatory += x > 0 ? 1 : 0;
            } else {
                assertTrue(b.kinds()[i] != NodeKind.MODULATORY);
            }
        }
        assertEquals(2, modulatory, "the hidden nodes at x = 0.5 and 1");
        assertTrue(b.isModulatory(firstLeaving(b, decoder.substrate().firstHidden() + 4)));
        PlasticityParameters modulated = new PlasticityParameters(true, List.of(PlasticityRule.HEBB),
                PlasticityParameters.defaults().genes(), true, 0.0, 1.0, 1.0, 0.8, 0.1, 0.0, 10.0,
                PlasticityParameters.defaults().normalization(), 10.0, 0.8, 0.4, false);
        Network network = new NetworkCompiler(1, modulated).compile(b);
        assertTrue(network.isPlastic());
        network.activate(0.5, -0.5, 1.0);
    }

    private static int firstLeaving(NetworkBlueprint b, int node) {
        for (int c = 0; c < b.connectionCount(); c++) {
            if (b.sources()[c] == node) {
                return c;
            }
        }
        throw new AssertionError("no connection leaves node " + node);
    }
}
