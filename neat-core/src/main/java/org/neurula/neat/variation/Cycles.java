package org.neurula.neat.variation;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.neurula.neat.genome.ConnectionGenes;

/** Reachability over connection genes (all of them, enabled or not), for keeping genomes acyclic. */
final class Cycles {

    private Cycles() {
    }

    /** Whether a directed path leads from node {@code from} to node {@code to} through {@code genes}. */
    static boolean reaches(ConnectionGenes genes, int from, int to) {
        IntArrayList sources = new IntArrayList(genes.size());
        IntArrayList targets = new IntArrayList(genes.size());
        for (int c = 0; c < genes.size(); c++) {
            sources.add(genes.source(c));
            targets.add(genes.target(c));
        }
        return reaches(sources, targets, from, to);
    }

    /** Whether a directed path leads from {@code from} to {@code to} over the edge lists. */
    static boolean reaches(IntArrayList sources, IntArrayList targets, int from, int to) {
        if (from == to) {
            return true;
        }
        IntHashSet visited = new IntHashSet();
        IntArrayList stack = new IntArrayList();
        stack.add(from);
        visited.add(from);
        while (!stack.isEmpty()) {
            int node = stack.removeAtIndex(stack.size() - 1);
            for (int c = 0; c < sources.size(); c++) {
                if (sources.get(c) == node) {
                    int next = targets.get(c);
                    if (next == to) {
                        return true;
                    }
                    if (visited.add(next)) {
                        stack.add(next);
                    }
                }
            }
        }
        return false;
    }
}
