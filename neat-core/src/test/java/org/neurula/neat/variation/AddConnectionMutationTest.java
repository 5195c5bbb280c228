package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.GenomeChecks;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Contract of {@link AddConnectionMutation}: input unchanged, output valid, and when it changes the
 * genome it adds exactly one enabled gene between existing nodes that were not yet linked, never into
 * an input or the bias, with the tracker's innovation for that pair and a weight within the limit; in
 * feed-forward runs never a self-loop or a cycle (through any gene), while recurrent runs do get both.
 */
class AddConnectionMutationTest {

    private static int[] counts = new int[2];

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        if (child.equals(parent)) {
            return;
        }
        assertEquals(parent.nodes(), child.nodes(), "nodes changed");
        ConnectionGenes pc = parent.connections();
        ConnectionGenes cc = child.connections();
        assertEquals(pc.size() + 1, cc.size());
        int added = -1;
        for (int j = 0; j < cc.size(); j++) {
            int i = pc.indexOf(cc.innovation(j));
            if (i < 0) {
                assertEquals(-1, added, "two genes added");
                added = j;
            } else {
                MutationContracts.assertSameGene(pc, i, cc, j);
                assertEquals(pc.enabled(i), cc.enabled(j));
            }
        }
        int s = cc.source(added);
        int t = cc.target(added);
        assertTrue(cc.enabled(added));
        assertEquals(-1, pc.find(s, t), "pair was already linked");
        assertFalse(child.nodes().kind(child.nodes().indexOf(t)).isSource(), "link into input or bias");
        assertEquals(context.tracker().connectionInnovation(s, t), cc.innovation(added));
        if (s == t) {
            counts[0]++;
        } else {
            List<int[]> edges = new ArrayList<>(GenomeChecks.allEdges(parent));
            boolean hadCycle = GenomeChecks.hasCycle(edges);
            edges.add(new int[] {s, t});
            if (!hadCycle && GenomeChecks.hasCycle(edges)) {
                counts[1]++;
            }
        }
    }

    @Test
    void contractFeedForward() {
        counts = new int[2];
        MutationContracts.assertMostlyChanged(MutationContracts.check(new AddConnectionMutation(), false,
                AddConnectionMutationTest::postcondition));
        assertEquals(0, counts[0], "self-loop in a feed-forward run");
        assertEquals(0, counts[1], "cycle in a feed-forward run");
    }

    @Test
    void contractRecurrentAllowsLoopsAndCycles() {
        counts = new int[2];
        MutationContracts.assertMostlyChanged(MutationContracts.check(new AddConnectionMutation(), true,
                AddConnectionMutationTest::postcondition));
        assertTrue(counts[0] > 0, "recurrent runs should get self-loops");
        assertTrue(counts[1] > 0, "recurrent runs should get cycles");
    }

    @Test
    void fullyLinkedFeedForwardGenomeIsReturnedUnchanged() {
        // input 0, bias 1, output 2, hidden 3; every acyclic link already present
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .node(3, NodeKind.HIDDEN, Activation.SIGMOID, 0)
                .connection(0, 0, 2, 1, true)
                .connection(1, 1, 2, 1, true)
                .connection(2, 0, 3, 1, false)
                .connection(3, 3, 2, 1, true)
                .connection(4, 1, 3, 1, true)
                .build();
        InnovationTracker tracker = new InnovationTracker(4);
        int[][] pairs = {{0, 2}, {1, 2}, {0, 3}, {3, 2}, {1, 3}};
        for (int[] pair : pairs) {
            tracker.connectionInnovation(pair[0], pair[1]);
        }
        for (int seed = 0; seed < 50; seed++) {
            VariationContext context = TestGenomes.context(new SplittableRandom(seed), tracker,
                    TestGenomes.parameters(false));
            assertTrue(new AddConnectionMutation().apply(g, context) == g);
        }
        // in a recurrent run 2 -> 3, self-loops on 2 and 3 remain possible
        boolean grew = false;
        for (int seed = 0; seed < 50 && !grew; seed++) {
            VariationContext context = TestGenomes.context(new SplittableRandom(seed), tracker,
                    TestGenomes.parameters(true));
            grew = new AddConnectionMutation().apply(g, context) != g;
        }
        assertTrue(grew);
        assertEquals(6, tracker.nextInnovation(), "the recurrent link got the next innovation");
    }
}
