package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurula.neat.variation.CrossoverFixtures.parent;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.CrossoverParameters.DisabledGenes;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.ReleaseOptions;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * How {@link Crossover} inherits matching genes under {@code disabledGenes} and {@code averageWeights},
 * on hand-built parents with the same six genes: A has weights 100 + i and genes 3 and 5 disabled, B
 * has weights 200 + i and genes 4 and 5 disabled. {@code averageWeights} 1 gives every matching gene
 * exactly the parents' mean weight, 0 never does, 0.4 averages about 40 % of matings (all genes of a
 * mating or none). A gene disabled in a parent is re-enabled with probability 1 - disableRate = 0.25
 * under {@code PAPER}, whichever parent it is taken from; under {@code RELEASE} only when taken from a
 * parent in which it is enabled (0.25 · 0.5), so a gene disabled in both stays disabled, except in an
 * averaging mating, which follows the paper's rule. Frequencies over 20,000 matings with fixed seeds
 * must lie within four binomial standard deviations.
 */
class CrossoverInheritanceTest {

    private static final int MATINGS = 20_000;
    private static final int[] GENES = {0, 1, 2, 3, 4, 5};

    private final Genome a = parent(4, 100, Activation.TANH, GENES, 3, 5);
    private final Genome b = parent(4, 200, Activation.TANH, GENES, 4, 5);

    /** Inheritance counts over {@link #MATINGS} matings of A (fitter) with B. */
    private record Counts(int[] enabled, int[] enabledFromA, int[] enabledFromB, int[] averaged, int averagedMatings) {
    }

    private Counts mate(DisabledGenes rule, double averageWeights, long seed) {
        NeatParameters p = ReleaseOptions.inheritance(TestGenomes.parameters(false), rule, averageWeights);
        VariationContext context = TestGenomes.context(new SplittableRandom(seed), new InnovationTracker(6), p);
        int[] enabled = new int[GENES.length];
        int[] enabledFromA = new int[GENES.length];
        int[] enabledFromB = new int[GENES.length];
        int[] averaged = new int[GENES.length];
        int averagedMatings = 0;
        for (int m = 0; m < MATINGS; m++) {
            ConnectionGenes c = new Crossover().mate(a, b, false, context).connections();
            assertEquals(GENES.length, c.size());
            int averagedGenes = 0;
            for (int i = 0; i < c.size(); i++) {
                double w = c.weight(i);
                boolean mean = w == 150 + i;
                assertTrue(mean || w == 100 + i || w == 200 + i, "weight " + w + " of gene " + i);
                averagedGenes += mean ? 1 : 0;
                averaged[i] += mean ? 1 : 0;
                if (c.enabled(i)) {
                    enabled[i]++;
                    enabledFromA[i] += w == 100 + i ? 1 : 0;
                    enabledFromB[i] += w == 200 + i ? 1 : 0;
                }
            }
            assertTrue(averagedGenes == 0 || averagedGenes == GENES.length, "a mating averages all or none");
            averagedMatings += averagedGenes > 0 ? 1 : 0;
        }
        return new Counts(enabled, enabledFromA, enabledFromB, averaged, averagedMatings);
    }

    private static void assertFrequency(double expected, int count, String what) {
        double std = Math.sqrt(expected * (1 - expected) / MATINGS);
        assertEquals(expected, count / (double) MATINGS, 4 * std, what);
    }

    @Test
    void averageWeightsOneGivesTheMeanOfMatchingWeightsExactly() {
        for (DisabledGenes rule : DisabledGenes.values()) {
            Counts counts = mate(rule, 1.0, 11);
            assertEquals(MATINGS, counts.averagedMatings(), rule.name());
            for (int i = 0; i < GENES.length; i++) {
                assertEquals(MATINGS, counts.averaged()[i], "gene " + i + " under " + rule);
            }
        }
    }

    @Test
    void averageWeightsZeroNeverAverages() {
        Counts counts = mate(DisabledGenes.PAPER, 0.0, 12);
        assertEquals(0, counts.averagedMatings());
        assertFrequency(0.5, counts.enabledFromA()[0], "gene 0 is taken from either parent at random");
    }

    @Test
    void averageWeightsIsTheShareOfAveragingMatings() {
        assertFrequency(0.4, mate(DisabledGenes.PAPER, 0.4, 13).averagedMatings(), "averaging matings");
    }

    @Test
    void paperReenablesAQuarterOfDisabledGenesFromEitherParent() {
        Counts counts = mate(DisabledGenes.PAPER, 0.0, 14);
        for (int enabledInBoth : new int[] {0, 1, 2}) {
            assertEquals(MATINGS, counts.enabled()[enabledInBoth]);
        }
        for (int gene : new int[] {3, 4, 5}) {
            assertFrequency(0.25, counts.enabled()[gene], "gene " + gene + " re-enabled");
        }
        assertFrequency(0.125, counts.enabledFromA()[3], "gene 3 enabled although taken from A, where it is off");
        assertFrequency(0.125, counts.enabledFromB()[4], "gene 4 enabled although taken from B, where it is off");
    }

    @Test
    void releaseKeepsTheFlagOfThePickedGene() {
        Counts counts = mate(DisabledGenes.RELEASE, 0.0, 15);
        for (int enabledInBoth : new int[] {0, 1, 2}) {
            assertEquals(MATINGS, counts.enabled()[enabledInBoth]);
        }
        assertEquals(0, counts.enabled()[5], "disabled in both parents: stays disabled");
        assertEquals(0, counts.enabledFromA()[3], "gene 3 is off in A");
        assertEquals(0, counts.enabledFromB()[4], "gene 4 is off in B");
        assertFrequency(0.25 * 0.5, counts.enabled()[3], "gene 3: kept (0.25) and taken from B (0.5)");
        assertFrequency(0.25 * 0.5, counts.enabled()[4], "gene 4: kept (0.25) and taken from A (0.5)");
    }

    @Test
    void anAveragingMatingFollowsThePaperRuleUnderRelease() {
        Counts counts = mate(DisabledGenes.RELEASE, 1.0, 16);
        assertFrequency(0.25, counts.enabled()[5], "gene 5, disabled in both parents, re-enabled");
    }
}
