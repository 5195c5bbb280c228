package org.neurula.neat.speciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.variation.VariationContext;

/**
 * Checks {@link CompatibilityDistance} against δ = c1·E/N + c2·D/N + c3·W̄ computed by hand
 * (c1 = c2 = 1, c3 = 0.4): N = 1 below 20 genes, N = the larger genome's size from 20 genes on, N = 1
 * with normalisation off; plus symmetry and δ(g, g) = 0 on random genomes.
 */
class CompatibilityDistanceTest {

    private static final double EPS = 1e-12;
    private final CompatibilityDistance paper = new CompatibilityDistance(SpeciationParameters.defaults());

    /** Input 0, bias 1, output 2; innovation i links input 0 to hidden node 3 + i. */
    private static Genome genome(int[] innovations, double[] weights) {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0);
        for (int k = 0; k < innovations.length; k++) {
            int i = innovations[k];
            b.node(3 + i, NodeKind.HIDDEN, Activation.SIGMOID, 0);
            b.connection(i, 0, 3 + i, weights[k], k % 3 != 0);
        }
        return b.build();
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    private static int[] concat(int[] x, int... y) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(x), java.util.Arrays.stream(y)).toArray();
    }

    private static double[] filled(int n, double value) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, value);
        return w;
    }

    @Test
    void smallGenomesUseNEqualToOne() {
        // A: 0 1 2 3 5        B: 0 1 2 4 6 7
        // matching 0 1 2; disjoint 3 5 (A) and 4 (B): D = 3; excess 6 7 (B): E = 2
        // weight differences |0.5-0|, |-1-1|, |2-2.5| = 0.5, 2, 0.5: mean 1.0
        Genome a = genome(new int[] {0, 1, 2, 3, 5}, new double[] {0.5, -1.0, 2.0, 7.0, 7.0});
        Genome b = genome(new int[] {0, 1, 2, 4, 6, 7}, new double[] {0.0, 1.0, 2.5, -3.0, 9.0, 9.0});
        double expected = 1.0 * 2 + 1.0 * 3 + 0.4 * 1.0;
        assertEquals(expected, paper.between(a, b), EPS);
        assertEquals(expected, paper.between(b, a), EPS);
    }

    @Test
    void coefficientsWeighEachTerm() {
        Genome a = genome(new int[] {0, 1, 2, 3, 5}, new double[] {0.5, -1.0, 2.0, 7.0, 7.0});
        Genome b = genome(new int[] {0, 1, 2, 4, 6, 7}, new double[] {0.0, 1.0, 2.5, -3.0, 9.0, 9.0});
        SpeciationParameters d = SpeciationParameters.defaults();
        SpeciationParameters custom = new SpeciationParameters(2.0, 0.5, 3.0, d.threshold(), d.normalizeBelow(),
                d.normalize(), d.targetSpecies(), d.thresholdStep(), d.minThreshold());
        assertEquals(2.0 * 2 + 0.5 * 3 + 3.0 * 1.0, new CompatibilityDistance(custom).between(a, b), EPS);
    }

    @Test
    void largeGenomesAreNormalisedByTheLargerSize() {
        // A: 0..21 (22 genes)   B: 0..14, 16, 30 (17 genes)
        // matching 0..14 and 16 (16 genes, weight difference 0.5 each); disjoint 15, 17..21 (A): D = 6;
        // excess 30 (B): E = 1; N = 22
        Genome a = genome(range(0, 22), filled(22, 1.0));
        Genome b = genome(concat(range(0, 15), 16, 30), filled(17, 1.5));
        double expected = 1.0 / 22 + 6.0 / 22 + 0.4 * 0.5;
        assertEquals(expected, paper.between(a, b), EPS);
        assertEquals(expected, paper.between(b, a), EPS);
    }

    @Test
    void normalisationStartsAtTwentyGenes() {
        // 19 vs 18 genes: N = 1.   20 vs 18 genes: N = 20.
        Genome b = genome(range(0, 18), filled(18, 0.0));
        Genome a19 = genome(range(0, 19), filled(19, 0.0));
        Genome a20 = genome(range(0, 20), filled(20, 0.0));
        assertEquals(1.0, paper.between(a19, b), EPS);
        assertEquals(2.0 / 20, paper.between(a20, b), EPS);
    }

    @Test
    void normalisationOff() {
        Genome a = genome(range(0, 22), filled(22, 1.0));
        Genome b = genome(concat(range(0, 15), 16, 30), filled(17, 1.5));
        SpeciationParameters d = SpeciationParameters.defaults();
        SpeciationParameters off = new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(),
                d.weightCoefficient(), d.threshold(), d.normalizeBelow(), false, d.targetSpecies(), d.thresholdStep(),
                d.minThreshold());
        assertEquals(1.0 + 6.0 + 0.4 * 0.5, new CompatibilityDistance(off).between(a, b), EPS);
    }

    @Test
    void noMatchingGenesMeansNoWeightTerm() {
        Genome a = genome(new int[] {0, 1}, new double[] {5, 5});
        Genome b = genome(new int[] {2, 3, 4}, new double[] {-5, -5, -5});
        assertEquals(2 + 3, paper.between(a, b), EPS, "all of A disjoint, all of B excess");
        Genome empty = genome(new int[0], new double[0]);
        assertEquals(3, paper.between(empty, b), EPS);
        assertEquals(0, paper.between(empty, empty), EPS);
    }

    @Test
    void symmetricAndZeroOnItselfForRandomGenomes() {
        NeatParameters p = NeatParameters.defaults();
        InitialGenomes init = TestGenomes.initial(3, 2, p);
        InnovationTracker tracker = init.newTracker();
        VariationContext context = TestGenomes.context(new SplittableRandom(11), tracker, p);
        List<Genome> genomes = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            genomes.add(TestGenomes.random(init, context, 40, true));
        }
        boolean someLarge = false;
        for (Genome x : genomes) {
            assertEquals(0.0, paper.between(x, x));
            assertEquals(0.0, paper.between(x, TestGenomes.copy(x)));
            someLarge |= x.connections().size() >= 20;
            for (Genome y : genomes) {
                double d = paper.between(x, y);
                assertEquals(d, paper.between(y, x), "not symmetric");
                assertTrue(d >= 0);
            }
        }
        assertTrue(someLarge, "some genomes should reach the normalised regime");
    }

    /**
     * The bounded distance a nearest-species search uses: below the bound it is δ exactly, at or
     * above it some number at least the bound, on random relatives of all sizes (normalised and not).
     */
    @Test
    void boundedDistanceIsExactBelowTheBoundAndAtLeastItAbove() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        org.neurula.neat.config.NeatParameters p = org.neurula.neat.config.NeatParameters.defaults();
        org.neurula.neat.genome.InitialGenomes initial = org.neurula.neat.genome.TestGenomes.initial(4, 2, p);
        org.neurula.neat.innovation.InnovationTracker tracker = initial.newTracker();
        var context = org.neurula.neat.genome.TestGenomes.context(random, tracker, p);
        java.util.List<Genome> genomes = new java.util.ArrayList<>();
        Genome ancestor = initial.create(random, tracker);
        for (int k = 0; k < 60; k++) {
            Genome g = org.neurula.neat.genome.TestGenomes.grown(ancestor, 5 + random.nextInt(60), context);
            genomes.add(org.neurula.neat.genome.TestGenomes.mutate(g, random.nextInt(4), context, true));
        }
        int cut = 0;
        SpeciationParameters s = SpeciationParameters.defaults();
        SpeciationParameters unnormalised = new SpeciationParameters(s.excessCoefficient(), s.disjointCoefficient(),
                s.weightCoefficient(), s.threshold(), s.normalizeBelow(), false, s.targetSpecies(), s.thresholdStep(),
                s.minThreshold());
        for (CompatibilityDistance d : new CompatibilityDistance[] {paper, new CompatibilityDistance(unnormalised)}) {
            for (Genome x : genomes) {
                for (Genome y : genomes) {
                    double exact = d.between(x, y);
                    for (double bound : new double[] {0.0, 0.3, exact, Math.nextUp(exact), exact * 0.5, exact * 2, 4}) {
                        double bounded = d.between(x, y, bound);
                        if (exact < bound) {
                            assertEquals(exact, bounded, 0.0, "below the bound it is exact");
                        } else {
                            assertTrue(bounded >= bound, bounded + " vs bound " + bound + " (exact " + exact + ")");
                            cut += bounded < exact ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertTrue(cut > 1000, "the comparison stops early often: " + cut);
    }
}
