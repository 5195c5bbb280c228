package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.variation.VariationContext;

/**
 * Checks that networks compiled by {@link DirectDecoder} and {@link NetworkCompiler} compute what
 * the naive {@link ReferenceNetwork} computes, on thousands of random genomes grown by random
 * mutations: feed-forward on random inputs, and recurrent over several consecutive calls and again
 * after {@code reset()}. Values agree within 1e-9 (relative for large values: the compiled code uses
 * {@code Math.fma}).
 */
class CompiledNetworkEquivalenceTest {

    private static final double TOLERANCE = 1e-9;

    private static void assertClose(double[] expected, double[] actual, String context) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            double e = expected[k];
            double a = actual[k];
            if (Double.compare(e, a) == 0) {
                continue;
            }
            if (!(Math.abs(e - a) <= TOLERANCE * Math.max(1.0, Math.abs(e)))) {
                fail(context + ": output " + k + " expected " + e + " but was " + a);
            }
        }
    }

    private static double[] randomInputs(SplittableRandom r, int n) {
        double[] in = new double[n];
        for (int k = 0; k < n; k++) {
            in[k] = r.nextDouble(-2.0, 2.0);
        }
        return in;
    }

    private static Network compile(Genome genome, boolean recurrent, int cycles) {
        DecodeResult result = new DirectDecoder(recurrent).decode(genome);
        assertInstanceOf(DecodeResult.Decoded.class, result, () -> "rejected: " + result);
        return new NetworkCompiler(cycles).compile(((DecodeResult.Decoded) result).blueprint());
    }

    @Test
    void feedForwardMatchesReference() {
        NeatParameters p = TestGenomes.parameters(false);
        InitialGenomes init = TestGenomes.initial(3, 2, p);
        InnovationTracker tracker = init.newTracker();
        SplittableRandom r = new SplittableRandom(1234);
        VariationContext context = TestGenomes.context(r, tracker, p);
        int hidden = 0;
        for (int g = 0; g < 3000; g++) {
            Genome genome = TestGenomes.random(init, context, 30, true);
            hidden += genome.hiddenCount();
            Network network = compile(genome, false, 1);
            assertFalse(network.isRecurrent());
            assertEquals(3, network.inputCount());
            assertEquals(2, network.outputCount());
            assertEquals(genome.enabledConnectionCount(), network.connectionCount());
            ReferenceNetwork reference = new ReferenceNetwork(genome, 1);
            double[] outputs = new double[2];
            for (int call = 0; call < 3; call++) {
                double[] in = randomInputs(r, 3);
                network.activate(in, outputs);
                assertClose(reference.activateFeedForward(in), outputs, "genome " + g + " call " + call);
            }
        }
        assertTrue(hidden > 3000, "the random genomes should have hidden nodes");
    }

    @Test
    void recurrentMatchesReferenceAcrossCallsAndReset() {
        NeatParameters p = TestGenomes.parameters(true);
        InitialGenomes init = TestGenomes.initial(2, 2, p);
        InnovationTracker tracker = init.newTracker();
        SplittableRandom r = new SplittableRandom(4321);
        VariationContext context = TestGenomes.context(r, tracker, p);
        int cyclic = 0;
        for (int g = 0; g < 2000; g++) {
            Genome genome = TestGenomes.random(init, context, 30, true);
            int cycles = 1 + r.nextInt(3);
            Network network = compile(genome, true, cycles);
            assertTrue(network.isRecurrent());
            DecodeResult ff = new DirectDecoder(false).decode(genome);
            if (ff instanceof DecodeResult.Rejected) {
                cyclic++;
            }
            ReferenceNetwork reference = new ReferenceNetwork(genome, cycles);
            double[] outputs = new double[2];
            for (int call = 0; call < 5; call++) {
                double[] in = randomInputs(r, 2);
                network.activate(in, outputs);
                assertClose(reference.activateRecurrent(in), outputs, "genome " + g + " call " + call);
            }
            network.reset();
            reference.reset();
            for (int call = 0; call < 3; call++) {
                double[] in = randomInputs(r, 2);
                network.activate(in, outputs);
                assertClose(reference.activateRecurrent(in), outputs, "genome " + g + " after reset, call " + call);
            }
        }
        assertTrue(cyclic > 200, "many recurrent genomes should contain cycles, had " + cyclic);
    }
}
