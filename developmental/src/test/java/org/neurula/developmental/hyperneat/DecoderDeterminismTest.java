package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.cppn.CppnGenomes;
import org.neurula.developmental.substrate.HiddenLayer;
import org.neurula.developmental.substrate.SubstrateParameters;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.network.NetworkBlueprint;

/** One decoder shared by four threads gives every thread the blueprint a lone decoding gives. */
class DecoderDeterminismTest {

    @Test
    void fourThreadsDecodeIdenticalBlueprints() throws Exception {
        Geometry geometry = new Geometry(Positions.grid(4, 4, -1.0), Positions.grid(3, 3, 1.0));
        AdaptiveParameters adaptive = AdaptiveParameters.defaults().withEnabled(true);
        HyperNeatParameters p = HyperNeatParameters.defaults().withLinkExpression(true, true).withAdaptive(adaptive)
                .withCppn(new CppnParameters(true, true, "bipolar-sigmoid"))
                .withSubstrate(SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(5, 5))));
        HyperNeatDecoder decoder = HyperNeatDecoder.of(geometry, p);
        CppnGenomes source = decoder.initialGenomes(GenomeParameters.defaults());
        InnovationTracker tracker = source.newTracker();
        List<Genome> genomes = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            genomes.add(source.create(new SplittableRandom(k), tracker));
        }
        List<NetworkBlueprint> alone = new ArrayList<>();
        for (Genome g : genomes) {
            alone.add(Decoding.blueprint(decoder, g));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<NetworkBlueprint>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<List<NetworkBlueprint>> job = () -> {
                    List<NetworkBlueprint> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (Genome g : genomes) {
                            out.add(Decoding.blueprint(decoder, g));
                        }
                    }
                    return out;
                };
                runs.add(pool.submit(job));
            }
            for (Future<List<NetworkBlueprint>> run : runs) {
                List<NetworkBlueprint> got = run.get();
                for (int i = 0; i < got.size(); i++) {
                    assertSame(alone.get(i % genomes.size()), got.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(alone.get(0).connectionCount() > 0);
    }

    static void assertSame(NetworkBlueprint expected, NetworkBlueprint actual) {
        assertArrayEquals(expected.nodeIds(), actual.nodeIds());
        assertArrayEquals(expected.kinds(), actual.kinds());
        assertArrayEquals(expected.activations(), actual.activations());
        assertArrayEquals(expected.biases(), actual.biases());
        assertArrayEquals(expected.sources(), actual.sources());
        assertArrayEquals(expected.targets(), actual.targets());
        assertArrayEquals(expected.weights(), actual.weights());
        assertArrayEquals(expected.plasticity().parameters(), actual.plasticity().parameters());
        assertEquals(expected.positions(), actual.positions());
        assertEquals(expected.recurrent(), actual.recurrent());
    }
}
