package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurula.neat.variation.CrossoverFixtures.context;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.CrossoverParameters.EqualFitnessDisjoint;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.GenomeChecks;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.Topology;

/**
 * Checks that in feed-forward runs crossover of equally fit parents (genes from both) never yields
 * a cycle: a hand-built case where the second parent's gene would close one, and many random
 * matings of independently mutated descendants of a common ancestor, decoded with {@code DirectDecoder(false)} and checked
 * with {@link Topology#depths}. The random case also asserts that the naive union of the parents'
 * genes did contain cycles, so the check is not vacuous.
 */
class CrossoverAcyclicTest {

    /** Nodes: input 0, bias 1, output 2, hidden 3 and 4. */
    private static Genome hand(int[][] genes) {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .node(3, NodeKind.HIDDEN, Activation.SIGMOID, 0)
                .node(4, NodeKind.HIDDEN, Activation.SIGMOID, 0);
        for (int[] g : genes) {
            b.connection(g[0], g[1], g[2], 1.0, true);
        }
        return b.build();
    }

    @Test
    void geneClosingACycleIsLeftOutInFeedForwardButKeptInRecurrent() {
        // {innovation, source, target}
        Genome a = hand(new int[][] {{0, 0, 2}, {1, 0, 3}, {2, 3, 4}, {3, 4, 2}});
        Genome b = hand(new int[][] {{0, 0, 2}, {4, 4, 3}, {5, 3, 2}, {6, 0, 4}});
        Crossover crossover = new Crossover();
        for (int seed = 0; seed < 50; seed++) {
            Genome ff = crossover.mate(a, b, true, context(seed, EqualFitnessDisjoint.BOTH, false));
            assertEquals(List.of(0, 1, 2, 3, 5, 6), GenomeChecks.innovations(ff), "4 -> 3 closes 3 -> 4 -> 3");
            GenomeChecks.assertValid(ff, false);
            Genome rec = crossover.mate(a, b, true, context(seed, EqualFitnessDisjoint.BOTH, true));
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), GenomeChecks.innovations(rec));
        }
    }

    private static Genome grow(Genome g, Mutation m, int times, VariationContext context) {
        for (int k = 0; k < times; k++) {
            g = m.apply(g, context);
        }
        return g;
    }

    @Test
    void randomEquallyFitMatingsStayAcyclic() {
        NeatParameters p = TestGenomes.withEqualFitnessDisjoint(TestGenomes.parameters(false), EqualFitnessDisjoint.BOTH);
        InitialGenomes init = TestGenomes.initial(2, 1, p);
        InnovationTracker tracker = init.newTracker();
        Crossover crossover = new Crossover();
        DirectDecoder decoder = new DirectDecoder(false);
        SplittableRandom random = new SplittableRandom(2024);
        VariationContext context = TestGenomes.context(random, tracker, p);
        int unionHadCycle = 0;
        int matings = 600;
        for (int m = 0; m < matings; m++) {
            Genome base = grow(init.create(random, tracker), new AddNodeMutation(), 2 + random.nextInt(5), context);
            Genome a = TestGenomes.mutate(grow(base, new AddConnectionMutation(), 4, context), 4, context, true);
            Genome b = TestGenomes.mutate(grow(base, new AddConnectionMutation(), 4, context), 4, context, true);
            Genome child = crossover.mate(a, b, true, context);
            GenomeChecks.assertValid(child, false);
            DecodeResult decoded = decoder.decode(child);
            assertInstanceOf(DecodeResult.Decoded.class, decoded, () -> "child rejected: " + decoded);
            assertNotNull(Topology.depths(((DecodeResult.Decoded) decoded).blueprint()), "child has a cycle");
            List<int[]> union = new ArrayList<>(GenomeChecks.allEdges(a));
            union.addAll(GenomeChecks.allEdges(b));
            if (GenomeChecks.hasCycle(union)) {
                unionHadCycle++;
            }
        }
        assertTrue(unionHadCycle >= matings / 20, "too few matings (" + unionHadCycle
                + ") had parents whose genes together form a cycle; the test would prove little");
    }
}
