package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.CrossoverParameters.EqualFitnessDisjoint;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.network.PruningRule;

/**
 * Contracts of the operators on a genome's own pruning genes (network.pruning.evolve): the mutation's
 * perturbation has the configured spread and stays in bounds; every structural mutation and crossover
 * carries the genes along; a child takes either parent's genes; runs that do not evolve them draw
 * nothing for them.
 */
class PruningGenesOperatorsTest {

    private static final PruningParameters EVOLVED = new PruningParameters(true, PruningRule.ACTIVITY, 20, 0.5, true,
            true, 1.0, 4.0, 0.05, 0.9);

    private static NeatParameters parameters(PruningParameters pruning) {
        NeatParameters p = TestGenomes.parameters(false);
        return p.withNetwork(p.network().withPruning(pruning));
    }

    private static VariationContext context(long seed, PruningParameters pruning) {
        return TestGenomes.context(new SplittableRandom(seed), tracker(), parameters(pruning));
    }

    /** A tracker that has issued the fixtures' innovations, as the run that made them would have. */
    private static InnovationTracker tracker() {
        InnovationTracker tracker = new InnovationTracker(6);
        for (int[] link : CrossoverFixtures.LINKS) {
            tracker.connectionInnovation(link[0], link[1]);
        }
        return tracker;
    }

    private static Genome genome(PruningGenes genes) {
        return CrossoverFixtures.parent(5, 1.0, org.neurula.neat.activation.Activation.TANH,
                new int[] {0, 1, 2, 3, 4, 6, 7}).withPruning(genes);
    }

    @Test
    void theMutationMovesThePeriodAndFractionByTheConfiguredSpreadAndKeepsThemInBounds() {
        PruningMutation mutation = new PruningMutation();
        Genome parent = genome(new PruningGenes(20, 0.5));
        int n = 4000;
        double sumPeriod = 0;
        double sumSquaredPeriod = 0;
        double sumFraction = 0;
        double sumSquaredFraction = 0;
        for (int i = 0; i < n; i++) {
            Genome child = mutation.apply(parent, context(i, EVOLVED));
            assertSame(parent.connections(), child.connections(), "only the pruning genes change");
            assertSame(parent.nodes(), child.nodes());
            PruningGenes g = child.pruning();
            sumPeriod += g.criticalPeriod();
            sumSquaredPeriod += (g.criticalPeriod() - 20.0) * (g.criticalPeriod() - 20.0);
            sumFraction += g.fraction();
            sumSquaredFraction += (g.fraction() - 0.5) * (g.fraction() - 0.5);
        }
        // mean within 4 standard errors; rounding adds 1/12 to the period's variance
        assertEquals(20.0, sumPeriod / n, 4 * 4.0 / Math.sqrt(n));
        assertEquals(Math.sqrt(16 + 1.0 / 12), Math.sqrt(sumSquaredPeriod / n), 0.2);
        assertEquals(0.5, sumFraction / n, 4 * 0.05 / Math.sqrt(n));
        assertEquals(0.05, Math.sqrt(sumSquaredFraction / n), 0.003);

        Genome edge = genome(new PruningGenes(1, 0.89));
        for (int i = 0; i < 500; i++) {
            PruningGenes g = mutation.apply(edge, context(i, EVOLVED)).pruning();
            assertTrue(g.criticalPeriod() >= 1, "a period lasts at least one activation: " + g);
            assertTrue(g.fraction() >= 0 && g.fraction() <= 0.9, "the fraction stays within [0, maxFraction]: " + g);
        }
    }

    @Test
    void aGenomeWithoutGenesStartsFromTheRunsValues() {
        PruningParameters still = new PruningParameters(true, PruningRule.ACTIVITY, 7, 0.3, true, true, 1.0, 0.0, 0.0,
                0.9);
        Genome mutated = new PruningMutation().apply(genome(null), context(1, still));
        assertEquals(new PruningGenes(7, 0.3), mutated.pruning());
    }

    @Test
    void structuralMutationsKeepTheGenes() {
        PruningGenes genes = new PruningGenes(13, 0.42);
        Genome parent = genome(genes);
        Mutation[] operators = {new AddNodeMutation(), new AddConnectionMutation(), new DeleteNodeMutation(),
            new DeleteConnectionMutation(), new WeightMutation(), new BiasMutation()};
        for (Mutation m : operators) {
            for (long seed = 1; seed <= 20; seed++) {
                assertEquals(genes, m.apply(parent, context(seed, EVOLVED)).pruning(), m.getClass().getSimpleName());
            }
        }
        assertEquals(genes, parent.renumbered(id -> id, innovation -> innovation).pruning());
    }

    @Test
    void aChildTakesEitherParentsGenesAndOnesWithoutTakeTheOthers() {
        Crossover crossover = new Crossover();
        Genome a = genome(new PruningGenes(10, 0.2));
        Genome b = genome(new PruningGenes(30, 0.7));
        int fromA = 0;
        int trials = 400;
        for (int i = 0; i < trials; i++) {
            VariationContext c = CrossoverFixtures.context(i, EqualFitnessDisjoint.BOTH, false);
            PruningGenes child = crossover.mate(a, b, true, c).pruning();
            assertTrue(child.equals(a.pruning()) || child.equals(b.pruning()), child.toString());
            fromA += child.equals(a.pruning()) ? 1 : 0;
        }
        assertTrue(Math.abs(fromA - trials / 2) < 4 * Math.sqrt(trials / 4.0), "about half from each: " + fromA);
        VariationContext c = CrossoverFixtures.context(1, EqualFitnessDisjoint.BOTH, false);
        assertEquals(b.pruning(), crossover.mate(genome(null), b, true, c).pruning());
        assertNull(crossover.mate(genome(null), genome(null), true, c).pruning());
    }

    @Test
    void theMutationChainDrawsNothingForPruningUnlessTheRunEvolvesIt() {
        Genome parent = genome(null);
        NeatParameters off = parameters(PruningParameters.defaults().withEnabled(true));
        NeatMutation fixed = new NeatMutation(off.mutation(), off.plasticity(), off.network().pruning());
        NeatMutation plain = new NeatMutation(off.mutation(), off.plasticity());
        for (long seed = 1; seed <= 50; seed++) {
            Genome x = fixed.apply(parent, TestGenomes.context(new SplittableRandom(seed), tracker(), off));
            Genome y = plain.apply(parent, TestGenomes.context(new SplittableRandom(seed), tracker(), off));
            assertEquals(y, x, "seed " + seed);
            assertNull(x.pruning());
        }
    }
}
