package org.neurula.developmental.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.cppn.Cppn;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.cppn.HandCppn;
import org.neurula.developmental.hyperneat.HyperNeatParameters;
import org.neurula.developmental.substrate.Connectivity;
import org.neurula.developmental.substrate.HiddenLayer;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.Topology;

class EsHyperNeatDecoderTest {

    private static final Geometry GEOMETRY = Geometry.lines(3, 2);
    private static final EsHyperNeatParameters ES = EsHyperNeatParameters.defaults();

    /** A CPPN whose weight output sums random sines and Gaussians of its four coordinates. */
    private static Genome wavy(CppnLayout layout, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HandCppn cppn = new HandCppn(layout);
        for (int k = 0; k < 4; k++) {
            int hidden = cppn.hidden(k % 2 == 0 ? Activation.SINE : Activation.GAUSSIAN);
            for (int input = 0; input < 4; input++) {
                cppn.link(input, hidden, random.nextDouble(-4, 4));
            }
            cppn.link(hidden, cppn.output(0), random.nextDouble(-1.5, 1.5));
        }
        for (int o = 1; o < layout.cppnOutputs(); o++) {
            cppn.constant(o, random.nextDouble(-1, 1));
        }
        return cppn.build();
    }

    @Test
    void blueprintIsTheSearchedNetworkInBlueprintOrder() {
        HyperNeatParameters hyper = HyperNeatParameters.defaults();
        EsHyperNeatDecoder decoder = EsHyperNeatDecoder.of(GEOMETRY, hyper, ES);
        CppnLayout layout = decoder.layout();
        int decoded = 0;
        for (long seed = 0; seed < 40; seed++) {
            Genome genome = wavy(layout, seed);
            DecodeResult result = decoder.decode(genome);
            Cppn cppn = Cppn.compile(genome, layout);
            DiscoveredNetwork expected = new HiddenNodeSearch(ES, hyper.maxWeight(), false).search(
                    new CppnWeightPattern(cppn, -1), Positions.line(3, -1), Positions.line(2, 1));
            if (!(result instanceof DecodeResult.Decoded(NetworkBlueprint b))) {
                continue;
            }
            decoded++;
            // inputs 0-2, bias 3, outputs 4-5, hidden 6..
            assertEquals(6 + expected.hidden().count(), b.nodeCount());
            assertEquals(expected.connectionCount(), b.connectionCount());
            for (int c = 0; c < b.connectionCount(); c++) {
                int s = expected.sources()[c];
                int t = expected.targets()[c];
                assertEquals(s < 3 ? s : s < 5 ? s + 1 : s + 1, b.sources()[c], "search node " + s);
                assertEquals(t < 3 ? t : t + 1, b.targets()[c], "search node " + t);
                assertEquals(expected.weights()[c], b.weights()[c]);
            }
            for (int k = 0; k < expected.hidden().count(); k++) {
                assertEquals(expected.hidden().coordinate(k, 0), b.positions().coordinate(6 + k, 0));
                assertEquals(expected.hidden().coordinate(k, 1), b.positions().coordinate(6 + k, 1));
                assertEquals(NodeKind.HIDDEN, b.kinds()[6 + k]);
            }
            assertEquals(NodeKind.BIAS, b.kinds()[3]);
            assertEquals(NodeKind.OUTPUT, b.kinds()[4]);
            assertEquals(-1.0, b.positions().coordinate(0, 1), "inputs keep the task's positions");
            assertNotNull(Topology.depthOrder(b), "a feed-forward substrate decodes acyclic");
            for (int v = 4; v < b.nodeCount(); v++) {
                assertTrue(Math.abs(b.biases()[v]) <= hyper.maxBias(), "bias from the CPPN's bias output");
            }
        }
        assertTrue(decoded >= 10, "enough CPPNs connect inputs to outputs to check: " + decoded);
    }

    @Test
    void aFlatPatternFindsNoPathAndIsRejectedWithTheReason() {
        EsHyperNeatDecoder decoder = EsHyperNeatDecoder.of(GEOMETRY, HyperNeatParameters.defaults(), ES);
        Genome flat = new HandCppn(decoder.layout()).constant(0, 0.5).build();
        DecodeResult result = decoder.decode(flat);
        DecodeResult.Rejected rejected = assertInstanceOf(DecodeResult.Rejected.class, result);
        assertTrue(rejected.reason().contains("no path"), rejected.reason());
        Genome wrongShape = new HandCppn(new CppnLayout(2, true, false, true, false, false, false)).build();
        assertInstanceOf(DecodeResult.Rejected.class, decoder.decode(wrongShape));
    }

    @Test
    void aNegativeLinkExpressionOutputVetoesEveryConnection() {
        HyperNeatParameters leo = HyperNeatParameters.defaults().withLinkExpression(true, false);
        EsHyperNeatDecoder decoder = EsHyperNeatDecoder.of(GEOMETRY, leo, ES);
        CppnLayout layout = decoder.layout();
        int vetoed = 0;
        for (long seed = 0; seed < 40; seed++) {
            Genome open = wavy(layout, seed);
            // the same weights, but the LEO output pinned below zero
            HandCppn closed = new HandCppn(layout);
            SplittableRandom random = new SplittableRandom(seed);
            for (int k = 0; k < 4; k++) {
                int hidden = closed.hidden(k % 2 == 0 ? Activation.SINE : Activation.GAUSSIAN);
                for (int input = 0; input < 4; input++) {
                    closed.link(input, hidden, random.nextDouble(-4, 4));
                }
                closed.link(hidden, closed.output(0), random.nextDouble(-1.5, 1.5));
            }
            closed.constant(layout.expressionIndex(), -0.5);
            if (layout.biasIndex() >= 0) {
                closed.constant(layout.biasIndex(), 0.1);
            }
            if (decoder.decode(open) instanceof DecodeResult.Decoded) {
                assertInstanceOf(DecodeResult.Rejected.class, decoder.decode(closed.build()), "seed " + seed);
                vetoed++;
            }
        }
        assertTrue(vetoed > 0, "some open CPPNs decode");
    }

    @Test
    void recurrentSubstratesMayKeepHiddenCycles() {
        HyperNeatParameters recurrent = HyperNeatParameters.defaults().withSubstrate(
                HyperNeatParameters.defaults().substrate().withConnectivity(Connectivity.RECURRENT));
        EsHyperNeatDecoder decoder = EsHyperNeatDecoder.of(GEOMETRY, recurrent,
                new EsHyperNeatParameters(3, 3, 0.03, 0.03, 0.3, 3));
        boolean cyclic = false;
        for (long seed = 0; seed < 60 && !cyclic; seed++) {
            if (decoder.decode(wavy(decoder.layout(), seed)) instanceof DecodeResult.Decoded(NetworkBlueprint b)) {
                assertTrue(b.recurrent());
                cyclic = Topology.depthOrder(b) == null;
            }
        }
        assertTrue(cyclic, "some recurrent ES substrate has a cycle");
    }

    @Test
    void sameGenomeSameBlueprint() {
        EsHyperNeatDecoder decoder = EsHyperNeatDecoder.of(GEOMETRY, HyperNeatParameters.defaults(), ES);
        for (long seed = 0; seed < 10; seed++) {
            Genome genome = wavy(decoder.layout(), seed);
            DecodeResult a = decoder.decode(genome);
            DecodeResult b = decoder.decode(genome);
            if (a instanceof DecodeResult.Decoded(NetworkBlueprint x) && b instanceof DecodeResult.Decoded(NetworkBlueprint y)) {
                assertArrayEquals(x.sources(), y.sources());
                assertArrayEquals(x.targets(), y.targets());
                assertArrayEquals(x.weights(), y.weights());
                assertEquals(x.positions(), y.positions());
            } else {
                assertEquals(a.getClass(), b.getClass());
            }
        }
    }

    @Test
    void refusesThreeDimensionsAndHiddenLayersWithTheKey() {
        IllegalArgumentException threeD = assertThrows(IllegalArgumentException.class, () -> EsHyperNeatDecoder.of(
                new Geometry(Positions.grid(2, 2, -1.0), Positions.grid(1, 1, 1.0)), HyperNeatParameters.defaults(), ES));
        assertTrue(threeD.getMessage().contains("2-D"), threeD.getMessage());
        HyperNeatParameters layered = HyperNeatParameters.defaults().withSubstrate(
                HyperNeatParameters.defaults().substrate().withHidden(List.of(HiddenLayer.grid(3, 1))));
        IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class,
                () -> EsHyperNeatDecoder.of(GEOMETRY, layered, ES));
        assertTrue(hidden.getMessage().contains("hyperneat.substrate.hidden"), hidden.getMessage());
    }
}
