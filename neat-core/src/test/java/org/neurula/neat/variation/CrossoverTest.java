package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurula.neat.variation.CrossoverFixtures.context;
import static org.neurula.neat.variation.CrossoverFixtures.parent;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.CrossoverParameters.EqualFitnessDisjoint;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeChecks;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.TestGenomes;

/**
 * Checks gene alignment in {@link Crossover} on hand-built parents: matching genes come from either
 * parent about half the time each, disjoint and excess genes from the fitter parent only, from both
 * under {@code EqualFitnessDisjoint.BOTH}, from the smaller parent under {@code SMALLER}; node genes
 * follow; parents are never modified.
 *
 * <p>Parent A (weights 100 + innovation) has genes 0-5 and 8; parent B (weights 200 + innovation)
 * has 0-4, 6, 7, 9 and 10. Matching: 0-4. Disjoint: 5, 8 (A) and 6, 7 (B). Excess: 9, 10 (B).
 */
class CrossoverTest {

    private static final int[] A_GENES = {0, 1, 2, 3, 4, 5, 8};
    private static final int[] B_GENES = {0, 1, 2, 3, 4, 6, 7, 9, 10};
    private static final List<Integer> MATCHING = List.of(0, 1, 2, 3, 4);
    private static final int MATINGS = 2000;

    private final Genome a = parent(4, 100, Activation.TANH, A_GENES);
    private final Genome b = parent(5, 200, Activation.RELU, B_GENES);
    private final Crossover crossover = new Crossover();

    private static List<Integer> list(int... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static double weightOf(Genome g, int innovation) {
        return g.connections().weight(g.connections().indexOf(innovation));
    }

    /**
     * Asserts each gene of the child is a gene of a parent holding it (non-matching genes live in one
     * parent only) and returns how many matching genes came from B.
     */
    private static int checkOrigins(Genome child) {
        int fromB = 0;
        ConnectionGenes c = child.connections();
        for (int i = 0; i < c.size(); i++) {
            int inn = c.innovation(i);
            double w = c.weight(i);
            assertEquals(CrossoverFixtures.LINKS[inn][0], c.source(i));
            assertEquals(CrossoverFixtures.LINKS[inn][1], c.target(i));
            if (MATCHING.contains(inn)) {
                assertTrue(w == 100 + inn || w == 200 + inn, "matching gene from neither parent: " + w);
                fromB += w == 200 + inn ? 1 : 0;
            } else {
                assertEquals((list(A_GENES).contains(inn) ? 100 : 200) + inn, w, "gene " + inn + " changed");
            }
        }
        return fromB;
    }

    private static void assertBinomialHalf(int successes, int trials) {
        double tolerance = 4 * Math.sqrt(0.25 / trials);
        assertEquals(0.5, successes / (double) trials, tolerance,
                successes + " of " + trials + " matching genes came from the second parent");
    }

    @Test
    void unequalFitnessTakesDisjointAndExcessFromTheFitter() {
        Genome aCopy = TestGenomes.copy(a);
        Genome bCopy = TestGenomes.copy(b);
        int fromB = 0;
        for (int seed = 0; seed < MATINGS; seed++) {
            Genome child = crossover.mate(a, b, false, context(seed, EqualFitnessDisjoint.BOTH, false));
            assertEquals(list(A_GENES), GenomeChecks.innovations(child));
            assertEquals(GenomeChecks.ids(a, null, false), GenomeChecks.ids(child, null, false));
            assertEquals(105, weightOf(child, 5));
            assertEquals(108, weightOf(child, 8));
            fromB += checkOrigins(child);
            GenomeChecks.assertValid(child, false);
        }
        assertBinomialHalf(fromB, MATINGS * MATCHING.size());
        assertEquals(aCopy, a, "crossover modified a parent");
        assertEquals(bCopy, b, "crossover modified a parent");
    }

    @Test
    void theFitterArgumentDecides() {
        for (int seed = 0; seed < 200; seed++) {
            Genome child = crossover.mate(b, a, false, context(seed, EqualFitnessDisjoint.BOTH, false));
            assertEquals(list(B_GENES), GenomeChecks.innovations(child));
            for (int inn : new int[] {6, 7, 9, 10}) {
                assertEquals(200 + inn, weightOf(child, inn));
            }
            assertEquals(GenomeChecks.ids(b, null, false), GenomeChecks.ids(child, null, false));
        }
    }

    @Test
    void nodeGenesOfSharedNodesComeFromEitherParent() {
        int fromB = 0;
        for (int seed = 0; seed < MATINGS; seed++) {
            Genome child = crossover.mate(a, b, false, context(seed, EqualFitnessDisjoint.BOTH, false));
            NodeGenes n = child.nodes();
            int h = n.indexOf(4);
            boolean tookB = Math.abs(n.bias(h) - 200.04) < 1e-9;
            assertTrue(tookB || Math.abs(n.bias(h) - 100.04) < 1e-9, "bias " + n.bias(h));
            assertEquals(tookB ? Activation.RELU : Activation.TANH, n.activation(h), "node fields mixed");
            fromB += tookB ? 1 : 0;
        }
        assertBinomialHalf(fromB, MATINGS);
    }

    @Test
    void equalFitnessBothInheritsFromBothParents() {
        List<Integer> union = List.copyOf(new TreeSet<>(list(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        int fromB = 0;
        for (int seed = 0; seed < MATINGS; seed++) {
            boolean swap = seed % 2 == 1;
            Genome child = crossover.mate(swap ? b : a, swap ? a : b, true,
                    context(seed, EqualFitnessDisjoint.BOTH, false));
            assertEquals(union, GenomeChecks.innovations(child));
            for (int inn : new int[] {5, 8}) {
                assertEquals(100 + inn, weightOf(child, inn));
            }
            for (int inn : new int[] {6, 7, 9, 10}) {
                assertEquals(200 + inn, weightOf(child, inn));
            }
            for (int inn : MATCHING) {
                fromB += weightOf(child, inn) == 200 + inn ? 1 : 0;
            }
            assertEquals(List.of(0, 1, 2, 3, 4, 5), GenomeChecks.ids(child, null, false));
            assertEquals(200.05, child.nodes().bias(child.nodes().indexOf(5)), 1e-9, "node 5 exists only in B");
            checkOrigins(child);
            GenomeChecks.assertValid(child, false);
        }
        assertBinomialHalf(fromB, MATINGS * MATCHING.size());
    }

    @Test
    void equalFitnessSmallerTakesTheSmallerParentsGenes() {
        for (int seed = 0; seed < 500; seed++) {
            boolean swap = seed % 2 == 1;
            Genome child = crossover.mate(swap ? b : a, swap ? a : b, true,
                    context(seed, EqualFitnessDisjoint.SMALLER, false));
            assertEquals(list(A_GENES), GenomeChecks.innovations(child), "A has fewer genes (7 < 9)");
            assertEquals(105, weightOf(child, 5));
            assertEquals(108, weightOf(child, 8));
            assertFalse(child.nodes().contains(5), "node 5 exists only in the larger parent");
        }
    }

    @Test
    void equalFitnessSmallerWithEqualSizesPicksEitherParent() {
        Genome c = parent(5, 200, Activation.RELU, new int[] {0, 1, 2, 6, 7, 9, 10});
        int tookA = 0;
        int matings = 1000;
        for (int seed = 0; seed < matings; seed++) {
            Genome child = crossover.mate(a, c, true, context(seed, EqualFitnessDisjoint.SMALLER, false));
            List<Integer> inn = GenomeChecks.innovations(child);
            assertTrue(inn.equals(list(A_GENES)) || inn.equals(list(0, 1, 2, 6, 7, 9, 10)), inn.toString());
            tookA += inn.equals(list(A_GENES)) ? 1 : 0;
        }
        assertBinomialHalf(tookA, matings);
    }

    @Test
    void equalFitnessRandomPicksOneParentAtRandom() {
        int tookA = 0;
        int matings = 1000;
        for (int seed = 0; seed < matings; seed++) {
            Genome child = crossover.mate(a, b, true, context(seed, EqualFitnessDisjoint.RANDOM, false));
            List<Integer> inn = GenomeChecks.innovations(child);
            assertTrue(inn.equals(list(A_GENES)) || inn.equals(list(B_GENES)), inn.toString());
            tookA += inn.equals(list(A_GENES)) ? 1 : 0;
        }
        assertBinomialHalf(tookA, matings);
    }

    @Test
    void sameSeedSameChild() {
        Genome first = crossover.mate(a, b, true, context(9, EqualFitnessDisjoint.BOTH, false));
        Genome second = crossover.mate(a, b, true, context(9, EqualFitnessDisjoint.BOTH, false));
        assertEquals(first, second);
    }
}
