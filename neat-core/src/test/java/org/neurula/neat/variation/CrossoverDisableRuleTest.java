package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurula.neat.variation.CrossoverFixtures.parent;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.CrossoverParameters.EqualFitnessDisjoint;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * Checks the statistics of the disable rule in {@link Crossover}: over 20,000 matings with a fixed
 * seed, a matching gene disabled in one parent (or both) is disabled in the child with frequency
 * within four standard errors of 0.75, and a gene enabled in both parents is always enabled.
 */
class CrossoverDisableRuleTest {

    private static final int MATINGS = 20_000;

    @Test
    void disabledInEitherParentIsDisabledWithProbabilityThreeQuarters() {
        int[] genes = {0, 1, 2, 3, 4, 5};
        // gene 0: enabled in both; 3: disabled in A only; 4: disabled in B only; 5: disabled in both
        Genome a = parent(4, 100, Activation.TANH, genes, 3, 5);
        Genome b = parent(4, 200, Activation.TANH, genes, 4, 5);
        Crossover crossover = new Crossover();
        SplittableRandom random = new SplittableRandom(42);
        VariationContext context = CrossoverFixtures.context(random, EqualFitnessDisjoint.BOTH, false);
        int[] disabled = new int[genes.length];
        for (int m = 0; m < MATINGS; m++) {
            Genome child = m % 2 == 0 ? crossover.mate(a, b, false, context) : crossover.mate(b, a, true, context);
            ConnectionGenes c = child.connections();
            assertEquals(genes.length, c.size());
            for (int i = 0; i < c.size(); i++) {
                if (!c.enabled(i)) {
                    disabled[i]++;
                }
            }
        }
        for (int enabledInBoth : new int[] {0, 1, 2}) {
            assertEquals(0, disabled[enabledInBoth], "gene " + enabledInBoth + " is enabled in both parents");
        }
        double standardError = Math.sqrt(0.75 * 0.25 / MATINGS);
        for (int gene : new int[] {3, 4, 5}) {
            double frequency = disabled[gene] / (double) MATINGS;
            assertEquals(0.75, frequency, 4 * standardError, "disable frequency of gene " + gene);
        }
    }

    @Test
    void disableRateIsAParameter() {
        int[] genes = {0, 1, 2, 3};
        Genome a = parent(4, 100, Activation.TANH, genes, 3);
        Genome b = parent(4, 200, Activation.TANH, genes);
        Crossover crossover = new Crossover();
        var base = CrossoverFixtures.context(new SplittableRandom(7), EqualFitnessDisjoint.BOTH, false);
        for (double rate : new double[] {0.0, 1.0}) {
            var c = base.parameters().crossover();
            var p = new org.neurula.neat.config.NeatParameters(base.parameters().genome(),
                    base.parameters().mutation(), new org.neurula.neat.config.CrossoverParameters(c.mutationOnly(),
                            c.interspeciesMating(), rate, c.mateOnly(), c.equalFitnessDisjoint()),
                    base.parameters().speciation(), base.parameters().reproduction(), base.parameters().network());
            VariationContext context = new VariationContext(base.random(), base.tracker(), p, base.activations());
            for (int m = 0; m < 200; m++) {
                Genome child = crossover.mate(a, b, false, context);
                boolean enabled = child.connections().enabled(3);
                if (rate == 0.0) {
                    assertTrue(enabled);
                } else {
                    assertFalse(enabled);
                }
            }
        }
    }
}
