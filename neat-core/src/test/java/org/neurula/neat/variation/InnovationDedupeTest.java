package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeChecks;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Checks that {@link AddNodeMutation} and {@link AddConnectionMutation} give the same structural
 * change the same historical marking across genomes sharing one {@link InnovationTracker}: equal
 * splits get equal node ids and innovations, equal new links equal innovations, different changes
 * different numbers, and a genome already holding the remembered split node gets a fresh id.
 */
class InnovationDedupeTest {

    private final NeatParameters p = NeatParameters.defaults();
    private final InitialGenomes init = TestGenomes.initial(2, 1, p);

    /** {@code g} with only the gene of innovation {@code keep} enabled, so add-node must split it. */
    private static Genome onlyEnabled(Genome g, int keep) {
        ConnectionGenes c = g.connections();
        boolean[] flags = new boolean[c.size()];
        flags[c.indexOf(keep)] = true;
        return g.withConnections(c.withEnabled(flags));
    }

    /** The first result over seeds 0, 1, ... of {@code m} applied to {@code g} that satisfies {@code wanted}. */
    private Genome applyUntil(Mutation m, Genome g, InnovationTracker tracker, Predicate<Genome> wanted) {
        for (int seed = 0; seed < 200; seed++) {
            Genome child = m.apply(g, TestGenomes.context(new SplittableRandom(seed), tracker, p));
            if (wanted.test(child)) {
                return child;
            }
        }
        throw new AssertionError("no seed produced the wanted mutation");
    }

    /** {@code g} after an add-node mutation that did add a node (trying seeds from {@code seed} on). */
    private Genome split(Genome g, InnovationTracker tracker, long seed) {
        for (long s = seed; s < seed + 200; s++) {
            Genome child = new AddNodeMutation().apply(g, TestGenomes.context(new SplittableRandom(s), tracker, p));
            if (child.hiddenCount() > g.hiddenCount()) {
                return child;
            }
        }
        throw new AssertionError("add-node never split");
    }

    private static int nodeOf(Genome child, Genome parent) {
        for (int i = 0; i < child.nodes().size(); i++) {
            if (!parent.nodes().contains(child.nodes().id(i))) {
                return child.nodes().id(i);
            }
        }
        throw new AssertionError("no new node");
    }

    @Test
    void sameSplitInTwoGenomesGetsSameNodeAndInnovations() {
        InnovationTracker tracker = init.newTracker();
        int k = 1; // the link 1 -> 3
        Genome a = onlyEnabled(init.create(new SplittableRandom(1), tracker), k);
        Genome b = onlyEnabled(init.create(new SplittableRandom(2), tracker), k);
        assertNotEquals(a, b, "the two genomes differ in their weights");
        Genome childA = split(a, tracker, 10);
        Genome childB = split(b, tracker, 20);
        int nodeA = nodeOf(childA, a);
        int nodeB = nodeOf(childB, b);
        assertEquals(init.firstHiddenId(), nodeA);
        assertEquals(nodeA, nodeB);
        ConnectionGenes ca = childA.connections();
        ConnectionGenes cb = childB.connections();
        int inA = ca.innovation(ca.find(1, nodeA));
        int outA = ca.innovation(ca.find(nodeA, 3));
        assertEquals(inA, cb.innovation(cb.find(1, nodeB)));
        assertEquals(outA, cb.innovation(cb.find(nodeB, 3)));
        assertNotEquals(inA, outA);
        assertEquals(GenomeChecks.innovations(childA), GenomeChecks.innovations(childB));

        Genome other = onlyEnabled(init.create(new SplittableRandom(3), tracker), 0);
        Genome childC = split(other, tracker, 30);
        int nodeC = nodeOf(childC, other);
        assertNotEquals(nodeA, nodeC, "splitting another connection gives another node");
        ConnectionGenes cc = childC.connections();
        List<Integer> newC = List.of(cc.innovation(cc.find(0, nodeC)), cc.innovation(cc.find(nodeC, 3)));
        assertFalse(newC.contains(inA) || newC.contains(outA), "another split gets other innovations");
    }

    @Test
    void sameNewConnectionGetsSameInnovation() {
        InnovationTracker tracker = init.newTracker();
        int k = 0; // split 0 -> 3, so 1 -> h and 2 -> h become possible
        Genome baseA = onlyEnabled(init.create(new SplittableRandom(1), tracker), k);
        Genome a = split(baseA, tracker, 1);
        Genome b = split(onlyEnabled(init.create(new SplittableRandom(2), tracker), k), tracker, 2);
        int h = nodeOf(a, baseA);
        AddConnectionMutation addConnection = new AddConnectionMutation();
        Genome a1 = applyUntil(addConnection, a, tracker, g -> g.connections().find(1, h) >= 0);
        Genome b1 = applyUntil(addConnection, b, tracker, g -> g.connections().find(1, h) >= 0);
        Genome b2 = applyUntil(addConnection, b, tracker, g -> g.connections().find(2, h) >= 0);
        int innovationA = a1.connections().innovation(a1.connections().find(1, h));
        assertEquals(innovationA, b1.connections().innovation(b1.connections().find(1, h)));
        int innovationOther = b2.connections().innovation(b2.connections().find(2, h));
        assertNotEquals(innovationA, innovationOther, "a different connection gets a different innovation");
        assertFalse(GenomeChecks.innovations(a).contains(innovationA));
        assertFalse(GenomeChecks.innovations(a).contains(innovationOther));
    }

    @Test
    void genomeHoldingTheRememberedNodeGetsAFreshOne() {
        InnovationTracker tracker = init.newTracker();
        int k = 1; // the link 1 -> 3
        Genome base = onlyEnabled(init.create(new SplittableRandom(1), tracker), k);
        Genome first = split(base, tracker, 1);
        int remembered = nodeOf(first, base);
        // re-enable k and disable everything else, so the next add-node splits k again
        Genome again = onlyEnabled(first, k);
        int expectedFresh = tracker.nextNodeId();
        int innovationsBefore = tracker.nextInnovation();
        Genome twice = split(again, tracker, 2);
        int fresh = nodeOf(twice, again);
        assertNotEquals(remembered, fresh);
        assertEquals(expectedFresh, fresh);
        assertEquals(2, twice.hiddenCount());
        ConnectionGenes c = twice.connections();
        assertTrue(c.innovation(c.find(1, fresh)) >= innovationsBefore, "fresh node gets new innovations");
        assertTrue(c.innovation(c.find(fresh, 3)) >= innovationsBefore);
        GenomeChecks.assertValid(twice, false);

        // a genome without the remembered node still gets it
        Genome plain = onlyEnabled(init.create(new SplittableRandom(5), tracker), k);
        Genome plainSplit = split(plain, tracker, 5);
        assertEquals(remembered, nodeOf(plainSplit, plain));
    }

    @Test
    void markingsAreConsistentAcrossAMutatedPopulation() {
        InnovationTracker tracker = init.newTracker();
        SplittableRandom r = new SplittableRandom(42);
        List<Genome> population = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            population.add(init.create(r, tracker));
        }
        AddNodeMutation addNode = new AddNodeMutation();
        AddConnectionMutation addConnection = new AddConnectionMutation();
        for (int round = 0; round < 15; round++) {
            for (int i = 0; i < population.size(); i++) {
                VariationContext ctx = TestGenomes.context(r, tracker, p);
                Mutation m = r.nextBoolean() ? addNode : addConnection;
                population.set(i, m.apply(population.get(i), ctx));
            }
        }
        Map<Integer, Long> pairOfInnovation = new HashMap<>();
        Map<Long, Integer> innovationOfPair = new HashMap<>();
        for (Genome g : population) {
            GenomeChecks.assertValid(g, false);
            ConnectionGenes c = g.connections();
            for (int i = 0; i < c.size(); i++) {
                long pair = ((long) c.source(i) << 32) | c.target(i);
                Long seenPair = pairOfInnovation.putIfAbsent(c.innovation(i), pair);
                Integer seenInnovation = innovationOfPair.putIfAbsent(pair, c.innovation(i));
                assertTrue(seenPair == null || seenPair == pair, "innovation " + c.innovation(i) + " names two links");
                assertTrue(seenInnovation == null || seenInnovation == c.innovation(i), "a link has two innovations");
            }
            for (int i = 0; i < g.nodes().size(); i++) {
                if (g.nodes().kind(i) == NodeKind.HIDDEN) {
                    assertTrue(g.nodes().id(i) >= init.firstHiddenId());
                }
            }
        }
        assertTrue(pairOfInnovation.size() > 10, "the population must have grown");
    }
}
