package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.ConnectionGenes;

/**
 * Checks {@link AcyclicGraph} against a brute-force reference (breadth-first search over the plain
 * edge list) on thousands of random genomes: every reachability answer and every accept/refuse
 * decision of {@code addIfAcyclic} must agree, including after long runs of additions that force the
 * topological order to be rearranged.
 */
class AcyclicGraphTest {

    /** Brute force: is there a path from {@code from} to {@code to} (none needed when equal)? */
    private static boolean reference(List<int[]> edges, int from, int to) {
        if (from == to) {
            return true;
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        boolean[] seen = new boolean[1000];
        queue.add(from);
        seen[from] = true;
        while (!queue.isEmpty()) {
            int n = queue.poll();
            for (int[] e : edges) {
                if (e[0] == n && !seen[e[1]]) {
                    if (e[1] == to) {
                        return true;
                    }
                    seen[e[1]] = true;
                    queue.add(e[1]);
                }
            }
        }
        return false;
    }

    private static ConnectionGenes genes(List<int[]> edges) {
        int n = edges.size();
        int[] innovations = new int[n];
        int[] sources = new int[n];
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            innovations[i] = i;
            sources[i] = edges.get(i)[0];
            targets[i] = edges.get(i)[1];
        }
        return ConnectionGenes.of(innovations, sources, targets, new double[n], new boolean[n]);
    }

    /** A random DAG: edges drawn at random over {@code nodes} ids, each kept when the reference says it is safe. */
    private static List<int[]> randomDag(SplittableRandom random, int nodes, int tries) {
        List<int[]> edges = new ArrayList<>();
        for (int k = 0; k < tries; k++) {
            int s = random.nextInt(nodes);
            int t = random.nextInt(nodes);
            if (!reference(edges, t, s)) {
                edges.add(new int[] {s, t});
            }
        }
        return edges;
    }

    @Test
    void agreesWithBruteForceOnThousandsOfRandomGenomes() {
        SplittableRandom random = new SplittableRandom(12);
        int decisions = 0;
        int refused = 0;
        int reordered = 0;
        for (int genome = 0; genome < 3000; genome++) {
            int nodes = 3 + random.nextInt(genome < 2500 ? 15 : 60);
            List<int[]> edges = randomDag(random, nodes, random.nextInt(3 * nodes));
            AcyclicGraph graph = AcyclicGraph.of(genes(edges));
            for (int q = 0; q < 20; q++) {
                int x = random.nextInt(nodes + 2);
                int y = random.nextInt(nodes + 2);
                assertEquals(reference(edges, x, y), graph.reaches(x, y), "reaches " + x + " -> " + y + " in " + edges.size() + " edges");
            }
            for (int add = 0; add < 2 * nodes; add++) {
                int s = random.nextInt(nodes + 1);
                int t = random.nextInt(nodes + 1);
                boolean expected = !reference(edges, t, s);
                assertEquals(!expected, graph.wouldCloseCycle(s, t));
                assertEquals(expected, graph.addIfAcyclic(s, t), "add " + s + " -> " + t);
                decisions++;
                if (expected) {
                    if (s > t) {
                        reordered++;
                    }
                    edges.add(new int[] {s, t});
                } else {
                    refused++;
                }
            }
            for (int q = 0; q < 20; q++) {
                int x = random.nextInt(nodes + 1);
                int y = random.nextInt(nodes + 1);
                assertEquals(reference(edges, x, y), graph.reaches(x, y), "after additions, reaches " + x + " -> " + y);
            }
        }
        assertTrue(refused > decisions / 10, "the random additions refuse many edges: " + refused + " of " + decisions);
        assertTrue(reordered > 1000, "many accepted edges run from a higher id to a lower one (against the first order): " + reordered);
    }

    @Test
    void selfLoopsAndUnknownNodes() {
        AcyclicGraph graph = AcyclicGraph.of(genes(List.of(new int[] {0, 1})));
        assertTrue(graph.wouldCloseCycle(5, 5));
        assertFalse(graph.addIfAcyclic(1, 1));
        assertFalse(graph.reaches(7, 0));
        assertTrue(graph.addIfAcyclic(7, 0));
        assertTrue(graph.reaches(7, 1));
        assertFalse(graph.addIfAcyclic(1, 7));
    }

    @Test
    void cyclicGenesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> AcyclicGraph.of(genes(List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}))));
    }
}
