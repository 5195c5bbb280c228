package org.neurula.neat.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assertions on genome validity shared by the tests. Not a test itself. */
public final class GenomeChecks {

    private GenomeChecks() {
    }

    /**
     * Asserts that node ids and innovations strictly increase, every connection names existing nodes,
     * no connection enters an input or the bias, no (source, target) pair repeats, and, unless
     * {@code recurrent}, that all connection genes (enabled or not) are acyclic.
     */
    public static void assertValid(Genome genome, boolean recurrent) {
        NodeGenes nodes = genome.nodes();
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(nodes.id(i) > nodes.id(i - 1), "node ids not strictly increasing");
        }
        ConnectionGenes c = genome.connections();
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (i > 0) {
                assertTrue(c.innovation(i) > c.innovation(i - 1), "innovations not strictly increasing");
            }
            assertTrue(nodes.contains(c.source(i)), "missing source node " + c.source(i));
            assertTrue(nodes.contains(c.target(i)), "missing target node " + c.target(i));
            assertFalse(nodes.kind(nodes.indexOf(c.target(i))).isSource(),
                    "connection " + c.innovation(i) + " enters input/bias " + c.target(i));
            assertTrue(pairs.add(((long) c.source(i) << 32) | c.target(i)),
                    "pair " + c.source(i) + "->" + c.target(i) + " appears twice");
            assertTrue(Double.isFinite(c.weight(i)), "weight not finite");
        }
        if (!recurrent) {
            assertFalse(hasCycle(allEdges(genome)), "feed-forward genome has a cycle over its genes");
        }
    }

    /** Asserts that every weight and every bias lies in [-limit, limit]. */
    public static void assertWeightsWithin(Genome genome, double limit) {
        ConnectionGenes c = genome.connections();
        for (int i = 0; i < c.size(); i++) {
            assertTrue(Math.abs(c.weight(i)) <= limit, "weight " + c.weight(i) + " outside limit " + limit);
        }
        for (int i = 0; i < genome.nodes().size(); i++) {
            assertTrue(Math.abs(genome.nodes().bias(i)) <= limit, "bias outside limit " + limit);
        }
    }

    /** Asserts the input, bias and output nodes of {@code after} are those of {@code before}. */
    public static void assertSameInterface(Genome before, Genome after) {
        assertEquals(ids(before, null, true), ids(after, null, true), "input/bias/output nodes changed");
    }

    /** Node ids of a genome; of one kind, or (with kind null and {@code nonHidden}) all non-hidden ones. */
    public static List<Integer> ids(Genome genome, NodeKind kind, boolean nonHidden) {
        List<Integer> ids = new ArrayList<>();
        NodeGenes n = genome.nodes();
        for (int i = 0; i < n.size(); i++) {
            boolean take = kind != null ? n.kind(i) == kind : !nonHidden || n.kind(i) != NodeKind.HIDDEN;
            if (take) {
                ids.add(n.id(i));
            }
        }
        return ids;
    }

    /** Innovation numbers of a genome, in order. */
    public static List<Integer> innovations(Genome genome) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < genome.connections().size(); i++) {
            list.add(genome.connections().innovation(i));
        }
        return list;
    }

    /** All connection genes as {source, target} pairs, enabled or not. */
    public static List<int[]> allEdges(Genome genome) {
        List<int[]> edges = new ArrayList<>();
        ConnectionGenes c = genome.connections();
        for (int i = 0; i < c.size(); i++) {
            edges.add(new int[] {c.source(i), c.target(i)});
        }
        return edges;
    }

    /** Whether directed edges {source, target} contain a cycle (self-loops included). */
    public static boolean hasCycle(List<int[]> edges) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        Map<Integer, Integer> indegree = new HashMap<>();
        for (int[] e : edges) {
            out.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            indegree.merge(e[1], 1, Integer::sum);
            indegree.putIfAbsent(e[0], 0);
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        indegree.forEach((node, d) -> {
            if (d == 0) {
                queue.add(node);
            }
        });
        int seen = 0;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            seen++;
            for (int next : out.getOrDefault(node, List.of())) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    queue.add(next);
                }
            }
        }
        return seen < indegree.size();
    }
}
