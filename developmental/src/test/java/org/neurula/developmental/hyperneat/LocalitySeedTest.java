package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.cppn.CppnGenomes;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.NetworkBlueprint;

/** The locality seed makes initial substrates local. */
class LocalitySeedTest {

    private static final Geometry GEOMETRY = Geometry.lines(9, 9);
    private static final GenomeParameters GENOME = GenomeParameters.defaults();

    @Test
    void seededInitialCppnsExpressExactlyTheConnectionsWithinTheSeedsReach() {
        HyperNeatDecoder decoder = HyperNeatDecoder.of(GEOMETRY, HyperNeatParameters.defaults().withLinkExpression(true,
                true));
        CppnGenomes source = decoder.initialGenomes(GENOME);
        InnovationTracker tracker = source.newTracker();
        double reach = Math.sqrt(Math.log(2));
        for (int k = 0; k < 20; k++) {
            NetworkBlueprint b = Decoding.blueprint(decoder, source.create(new SplittableRandom(k), tracker));
            int expected = 0;
            for (int s = 0; s < 9; s++) {
                for (int t = 10; t < 19; t++) {
                    expected += Math.abs(dx(decoder, s, t)) < reach ? 1 : 0;
                }
            }
            assertEquals(expected, b.connectionCount(), "genome " + k);
            for (int c = 0; c < b.connectionCount(); c++) {
                assertTrue(Math.abs(dx(decoder, b.sources()[c], b.targets()[c])) < reach);
            }
        }
    }

    @Test
    void seededSubstratesAreShorterOnAverageThanUnseededOnes() {
        double seeded = meanLength(true);
        double unseeded = meanLength(false);
        assertTrue(seeded < 0.75 * unseeded, "mean |Δx| of expressed connections: seeded " + seeded + ", unseeded "
                + unseeded);
    }

    /** Mean |Δx| of the expressed connections over 300 random initial CPPNs with a LEO. */
    private static double meanLength(boolean seed) {
        HyperNeatDecoder decoder = HyperNeatDecoder.of(GEOMETRY, HyperNeatParameters.defaults().withLinkExpression(true,
                seed));
        CppnGenomes source = decoder.initialGenomes(GENOME);
        InnovationTracker tracker = source.newTracker();
        double sum = 0;
        long count = 0;
        SplittableRandom random = new SplittableRandom(2011);
        for (int k = 0; k < 300; k++) {
            Genome genome = source.create(random.split(), tracker);
            if (decoder.decode(genome) instanceof DecodeResult.Decoded d) {
                NetworkBlueprint b = d.blueprint();
                for (int c = 0; c < b.connectionCount(); c++) {
                    sum += Math.abs(dx(decoder, b.sources()[c], b.targets()[c]));
                    count++;
                }
            }
        }
        assertTrue(count > 1000, "enough expressed connections to compare: " + count);
        return sum / count;
    }

    private static double dx(HyperNeatDecoder decoder, int s, int t) {
        return decoder.substrate().coordinate(t, 0) - decoder.substrate().coordinate(s, 0);
    }
}
