package org.neurula.neat.innovation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProvisionalInnovations}: offspring that ask a provisional overlay for
 * innovations, then commit in offspring order (or, when commit refuses, ask the tracker again), end
 * with the numbers, and the tracker with the state, that asking the tracker one offspring after the
 * other gives.
 */
class ProvisionalInnovationsTest {

    private static final int NODES = 12;

    /** A tracker that knows connections between the first nodes and one split. */
    private static InnovationTracker seeded() {
        InnovationTracker t = new InnovationTracker(NODES);
        for (int s = 0; s < 4; s++) {
            for (int o = 8; o < 10; o++) {
                t.connectionInnovation(s, o);
            }
        }
        t.splitNode(0, id -> false);
        return t;
    }

    @Test
    void knownStructureIsAnsweredFromTheTrackerAndLeavesNothingToCommit() {
        InnovationTracker t = seeded();
        ProvisionalInnovations overlay = new ProvisionalInnovations(t);
        assertEquals(t.knownConnection(1, 8), overlay.connectionInnovation(1, 8));
        assertEquals(NODES, overlay.splitNode(0, id -> false));
        assertTrue(overlay.isEmpty());
    }

    @Test
    void newStructureGetsTheNumbersTheTrackerWouldHaveGiven() {
        InnovationTracker t = seeded();
        InnovationTracker twin = seeded();
        ProvisionalInnovations overlay = new ProvisionalInnovations(t);
        int split = overlay.splitNode(3, id -> false);
        int in = overlay.connectionInnovation(1, split);
        int out = overlay.connectionInnovation(split, 9);
        int next = t.nextInnovation();
        assertEquals(next, t.nextInnovation(), "the overlay does not write to the tracker");
        Renumbering r = overlay.commit(t);
        assertNotNull(r);
        int realSplit = twin.splitNode(3, id -> false);
        assertEquals(realSplit, r.node(split));
        assertEquals(twin.connectionInnovation(1, realSplit), r.innovation(in));
        assertEquals(twin.connectionInnovation(realSplit, 9), r.innovation(out));
        assertEquals(twin.snapshot(), t.snapshot());
    }

    @Test
    void commitRefusesWhenAnEarlierOffspringTookOneOfTheNewInnovationsAndLeavesTheTrackerAlone() {
        InnovationTracker t = seeded();
        ProvisionalInnovations first = new ProvisionalInnovations(t);
        ProvisionalInnovations second = new ProvisionalInnovations(t);
        first.connectionInnovation(5, 9);
        second.connectionInnovation(6, 9);
        second.connectionInnovation(5, 9);
        assertNotNull(first.commit(t));
        InnovationSnapshot before = t.snapshot();
        // really (6, 9) would come after (5, 9), which the first offspring issued: the order flips
        assertNull(second.commit(t));
        assertEquals(before, t.snapshot());
    }

    @Test
    void commitRefusesWhenTheRealSplitNodesWouldComeInAnotherOrder() {
        InnovationTracker t = seeded();
        ProvisionalInnovations first = new ProvisionalInnovations(t);
        ProvisionalInnovations second = new ProvisionalInnovations(t);
        first.splitNode(5, id -> false);
        second.splitNode(4, id -> false);
        second.splitNode(5, id -> false);
        assertNotNull(first.commit(t));
        InnovationSnapshot before = t.snapshot();
        assertNull(second.commit(t), "the node splitting 5 is older than the one that would split 4");
        assertEquals(before, t.snapshot());
    }

    /**
     * Many offspring, each a random program of requests that may use its own new nodes and
     * connections, run on overlays and committed in order (re-run on the tracker when commit refuses),
     * against the same programs run on a twin tracker one after the other.
     */
    @Test
    void randomGenerationsCommitToTheSequentialResult() {
        SplittableRandom random = new SplittableRandom(11);
        int refused = 0;
        int renumbered = 0;
        for (int trial = 0; trial < 300; trial++) {
            InnovationTracker t = seeded();
            InnovationTracker twin = seeded();
            for (int generation = 0; generation < 4; generation++) {
                int children = 2 + random.nextInt(8);
                List<Program> programs = new ArrayList<>();
                for (int c = 0; c < children; c++) {
                    programs.add(Program.random(random, t));
                }
                List<ProvisionalInnovations> overlays = new ArrayList<>();
                List<int[]> provisional = new ArrayList<>();
                for (Program p : programs) {
                    ProvisionalInnovations o = new ProvisionalInnovations(t);
                    overlays.add(o);
                    provisional.add(p.run(o));
                }
                for (int c = 0; c < children; c++) {
                    int[] expected = programs.get(c).run(twin);
                    ProvisionalInnovations o = overlays.get(c);
                    Renumbering r = o.isEmpty() ? null : o.commit(t);
                    if (o.isEmpty()) {
                        assertEquals(List.of(ints(expected)), List.of(ints(provisional.get(c))));
                    } else if (r == null) {
                        refused++;
                        assertEquals(List.of(ints(expected)), List.of(ints(programs.get(c).run(t))));
                    } else {
                        renumbered++;
                        int[] real = programs.get(c).translate(provisional.get(c), r);
                        assertEquals(List.of(ints(expected)), List.of(ints(real)));
                        programs.get(c).assertSameOrder(provisional.get(c), real);
                    }
                    assertEquals(twin.snapshot(), t.snapshot());
                }
            }
        }
        assertTrue(refused > 10 && renumbered > 100, "both paths exercised: " + refused + " refused, "
                + renumbered + " renumbered");
    }

    private static List<Integer> ints(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    /**
     * A random sequence of requests: connect two nodes (known ones, or nodes this program got from a
     * split) or split a connection (a known one, or one this program got); a split's genome holds the
     * program's own nodes and the nodes of its parent (some of the nodes issued before the generation).
     */
    private record Program(int[] ops, int[] a, int[] b, int[] parentNodes) {

        static Program random(SplittableRandom random, InnovationTracker t) {
            int n = 1 + random.nextInt(6);
            int[] ops = new int[n];
            int[] a = new int[n];
            int[] b = new int[n];
            for (int k = 0; k < n; k++) {
                ops[k] = random.nextInt(2);
                // negative: the result of request -a-1 of this program, when there is one of the right kind
                a[k] = random.nextInt(3) == 0 && k > 0 ? -1 - random.nextInt(k) : random.nextInt(ops[k] == 0 ? NODES
                        : Math.max(1, t.nextInnovation()));
                b[k] = random.nextInt(3) == 0 && k > 0 ? -1 - random.nextInt(k) : random.nextInt(NODES);
            }
            // a parent holds only nodes issued before this generation
            int[] parent = new int[] {NODES, NODES + random.nextInt(t.nextNodeId() - NODES)};
            return new Program(ops, a, b, parent);
        }

        /** The results of the requests (node ids for splits, innovations for connections). */
        int[] run(Innovations innovations) {
            int[] results = new int[ops.length];
            IntHashSet held = new IntHashSet();
            held.addAll(parentNodes);
            for (int k = 0; k < ops.length; k++) {
                if (ops[k] == 0) {
                    results[k] = innovations.connectionInnovation(node(a[k], results), node(b[k], results));
                } else {
                    results[k] = innovations.splitNode(innovation(a[k], results), held::contains);
                    held.add(results[k]);
                }
            }
            return results;
        }

        int[] translate(int[] provisional, Renumbering r) {
            int[] real = new int[provisional.length];
            for (int k = 0; k < ops.length; k++) {
                real[k] = ops[k] == 0 ? r.innovation(provisional[k]) : r.node(provisional[k]);
            }
            return real;
        }

        /** New ids of each kind keep their order under translation (known ones map to themselves). */
        void assertSameOrder(int[] provisional, int[] real) {
            for (int i = 0; i < ops.length; i++) {
                for (int j = 0; j < ops.length; j++) {
                    if (ops[i] == ops[j] && provisional[i] < provisional[j]) {
                        assertTrue(real[i] < real[j], "order kept: " + i + ", " + j);
                    }
                }
            }
        }

        private int node(int ref, int[] results) {
            if (ref >= 0) {
                return ref;
            }
            int k = -1 - ref;
            return ops[k] == 1 ? results[k] : ref == -1 ? 0 : 1;
        }

        private int innovation(int ref, int[] results) {
            if (ref >= 0) {
                return ref;
            }
            int k = -1 - ref;
            return ops[k] == 0 ? results[k] : 0;
        }
    }
}
