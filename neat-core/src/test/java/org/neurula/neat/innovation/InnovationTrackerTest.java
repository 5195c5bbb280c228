package org.neurula.neat.innovation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Checks the {@link InnovationTracker} rules directly: a connection pair keeps its innovation, new
 * pairs get consecutive numbers, a split keeps its node id unless the genome already holds it, and
 * a snapshot restores an equivalent tracker.
 */
class InnovationTrackerTest {

    @Test
    void connectionPairsKeepTheirInnovation() {
        InnovationTracker t = new InnovationTracker(5);
        assertEquals(0, t.connectionInnovation(0, 3));
        assertEquals(1, t.connectionInnovation(1, 3));
        assertEquals(2, t.connectionInnovation(3, 0), "direction matters");
        assertEquals(0, t.connectionInnovation(0, 3));
        assertEquals(1, t.connectionInnovation(1, 3));
        assertEquals(3, t.nextInnovation());
    }

    @Test
    void splitKeepsNodeIdUnlessPresent() {
        InnovationTracker t = new InnovationTracker(5);
        int first = t.splitNode(0, id -> false);
        assertEquals(5, first);
        assertEquals(5, t.splitNode(0, id -> false));
        assertEquals(6, t.splitNode(1, id -> false), "another connection gets another node");
        int fresh = t.splitNode(0, id -> id == 5);
        assertEquals(7, fresh, "a genome holding node 5 gets a fresh id");
        assertEquals(5, t.splitNode(0, id -> false), "the fresh id is not remembered");
        assertEquals(8, t.nextNodeId());
    }

    @Test
    void snapshotRestoresAnEquivalentTracker() {
        InnovationTracker t = new InnovationTracker(4);
        t.connectionInnovation(0, 3);
        t.connectionInnovation(2, 3);
        int node = t.splitNode(1, id -> false);
        t.connectionInnovation(0, node);
        t.connectionInnovation(node, 3);
        InnovationSnapshot s = t.snapshot();
        InnovationTracker r = InnovationTracker.restore(s);
        InnovationSnapshot s2 = r.snapshot();
        assertEquals(s.nextInnovation(), s2.nextInnovation());
        assertEquals(s.nextNodeId(), s2.nextNodeId());
        assertArrayEquals(s.connections(), s2.connections());
        assertArrayEquals(s.splits(), s2.splits());
        assertArrayEquals(new int[] {0, node, 2}, s.connections()[2]);
        assertEquals(node, r.splitNode(1, id -> false));
        assertEquals(t.connectionInnovation(2, 3), r.connectionInnovation(2, 3));
        int nextT = t.connectionInnovation(7, 8);
        int nextR = r.connectionInnovation(7, 8);
        assertEquals(nextT, nextR);
        assertNotEquals(node, r.splitNode(2, id -> false));
        assertEquals(t.splitNode(2, id -> false), r.nextNodeId() - 1);
    }
}
