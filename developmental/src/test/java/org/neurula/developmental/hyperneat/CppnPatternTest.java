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
import org.neurula.neat.network.NetworkBlueprint;

/** The CPPN pattern a heat map draws is exactly what the decoder expresses, between nodes and elsewhere. */
class CppnPatternTest {

    private static final Geometry GEOMETRY = Geometry.lines(5, 4);

    @Test
    void patternAtSubstrateNodesEqualsTheExpressedConnections() {
        for (boolean leo : new boolean[] {false, true}) {
            HyperNeatDecoder decoder = HyperNeatDecoder.of(GEOMETRY,
                    HyperNeatParameters.defaults().withLinkExpression(leo, false));
            CppnGenomes source = decoder.initialGenomes(GenomeParameters.defaults());
            InnovationTracker tracker = source.newTracker();
            int checked = 0;
            for (int k = 0; k < 30; k++) {
                Genome genome = source.create(new SplittableRandom(k), tracker);
                if (!(decoder.decode(genome) instanceof org.neurula.neat.network.DecodeResult.Decoded(
                        NetworkBlueprint b))) {
                    continue;
                }
                CppnPattern pattern = decoder.pattern(genome);
                double[][] expressed = new double[b.nodeCount()][b.nodeCount()];
                for (int c = 0; c < b.connectionCount(); c++) {
                    expressed[b.sources()[c]][b.targets()[c]] = b.weights()[c];
                }
                for (int s = 0; s < 5; s++) {
                    for (int t = 6; t < 10; t++) {
                        double w = pattern.weight(b.positions().coordinate(s, 0), b.positions().coordinate(s, 1),
                                b.positions().coordinate(t, 0), b.positions().coordinate(t, 1));
                        assertEquals(expressed[s][t], w, "leo " + leo + ", genome " + k + ", " + s + " → " + t);
                        checked++;
                    }
                }
            }
            assertTrue(checked > 100, "decoded genomes to compare: " + checked);
        }
    }

    @Test
    void expressionRuleScalesAboveTheThresholdAndLeoDecidesOtherwise() {
        ExpressionRule threshold = new ExpressionRule(0.2, 3.0, -1);
        assertTrue(Double.isNaN(threshold.weight(new double[] {0.2})), "at the threshold: not expressed");
        assertEquals(3.0, threshold.weight(new double[] {1.0}), 1e-12);
        assertEquals(-1.5, threshold.weight(new double[] {-0.6}), 1e-12);
        assertEquals(3.0, threshold.weight(new double[] {7.0}), 1e-12, "clipped to 1 first");
        assertTrue(Double.isNaN(threshold.weight(new double[] {Double.NaN})));
        ExpressionRule leo = new ExpressionRule(0.2, 3.0, 1);
        assertEquals(0.3, leo.weight(new double[] {0.1, 0.5}), 1e-12, "LEO on: w · maxWeight, no threshold");
        assertTrue(Double.isNaN(leo.weight(new double[] {0.9, 0.0})), "LEO at 0: not expressed");
    }
}
