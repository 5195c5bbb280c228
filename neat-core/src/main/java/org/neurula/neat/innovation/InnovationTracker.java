package org.neurula.neat.innovation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * Hands out innovation numbers and node ids, so that the same structural change gets the same
 * historical marking wherever it happens (Stanley &amp; Miikkulainen 2002, section 3.2).
 *
 * <ul>
 *   <li>A new connection (source, target) gets the innovation any earlier connection between the same
 *       two nodes got; otherwise the next free number.</li>
 *   <li>Splitting connection {@code k} gives the node id the first split of {@code k} got, and so (via
 *       the connection rule) the same two innovations. If the genome being mutated already holds that
 *       node (it split {@code k} before, and {@code k} was re-enabled), a fresh node id is issued.</li>
 * </ul>
 *
 * <p>The history is kept for the whole run, which gives the paper's guarantee within a generation
 * and also lines up the same change made in different generations. It is part of a run's state
 * (checkpoints save it through {@link #snapshot()}). Not thread-safe for writes: offspring bred in
 * parallel only read it, through {@link ProvisionalInnovations}, and their new structure is committed
 * in offspring order.
 */
public final class InnovationTracker implements Innovations {

    private final LongIntHashMap connectionInnovations = new LongIntHashMap();
    private final IntIntHashMap splitNodes = new IntIntHashMap();
    /** Rows {source, target, innovation} in the order issued, which is innovation order; never mutated. */
    private final List<int[]> connectionRows = new ArrayList<>();
    private final LongArrayList splitRows = new LongArrayList();
    private int[][] sortedSplits = new int[0][];
    private int nextInnovation;
    private int nextNodeId;

    /**
     * A tracker whose first fresh node id is {@code firstHiddenNodeId} (ids below it belong to the
     * input, bias and output nodes) and whose first fresh innovation is 0.
     */
    public InnovationTracker(int firstHiddenNodeId) {
        this.nextNodeId = firstHiddenNodeId;
    }

    /** Restores a tracker from a snapshot. */
    public static InnovationTracker restore(InnovationSnapshot snapshot) {
        InnovationTracker tracker = new InnovationTracker(snapshot.nextNodeId());
        tracker.nextInnovation = snapshot.nextInnovation();
        int[][] connections = snapshot.connections();
        for (int[] c : connections) {
            tracker.connectionInnovations.put(key(c[0], c[1]), c[2]);
            tracker.connectionRows.add(c.clone());
        }
        tracker.connectionRows.sort(java.util.Comparator.comparingInt(c -> c[2]));
        for (int[] s : snapshot.splits()) {
            tracker.rememberSplit(s[0], s[1]);
        }
        return tracker;
    }

    @Override
    public int connectionInnovation(int source, int target) {
        long key = key(source, target);
        int existing = connectionInnovations.getIfAbsent(key, -1);
        if (existing >= 0) {
            return existing;
        }
        int innovation = nextInnovation++;
        connectionInnovations.put(key, innovation);
        connectionRows.add(new int[] {source, target, innovation});
        return innovation;
    }

    @Override
    public int splitNode(int innovation, IntPredicate alreadyPresent) {
        int existing = splitNodes.getIfAbsent(innovation, -1);
        if (existing >= 0 && !alreadyPresent.test(existing)) {
            return existing;
        }
        int node = nextNodeId++;
        if (existing < 0) {
            rememberSplit(innovation, node);
        }
        return node;
    }

    /** The innovation already issued to a connection from {@code source} to {@code target}, or -1. */
    public int knownConnection(int source, int target) {
        return connectionInnovations.getIfAbsent(key(source, target), -1);
    }

    /** The node remembered for splitting connection {@code innovation}, or -1. */
    public int knownSplit(int innovation) {
        return splitNodes.getIfAbsent(innovation, -1);
    }

    /** The next innovation number that would be issued. */
    public int nextInnovation() {
        return nextInnovation;
    }

    /** The next node id that would be issued. */
    public int nextNodeId() {
        return nextNodeId;
    }

    /**
     * A copy of the complete state, sorted so equal trackers give equal snapshots. Costs a copy of the
     * row references (rows are never changed once issued), not a sort of the whole history: engines
     * take one every generation.
     */
    public InnovationSnapshot snapshot() {
        int[][] connections = connectionRows.toArray(new int[0][]);
        if (sortedSplits.length != splitRows.size()) {
            long[] packed = splitRows.toArray();
            java.util.Arrays.sort(packed);
            int[][] splits = new int[packed.length][];
            for (int k = 0; k < packed.length; k++) {
                splits[k] = new int[] {(int) (packed[k] >>> 32), (int) packed[k]};
            }
            sortedSplits = splits;
        }
        return new InnovationSnapshot(nextInnovation, nextNodeId, connections, sortedSplits.clone());
    }

    private void rememberSplit(int innovation, int node) {
        splitNodes.put(innovation, node);
        splitRows.add(((long) innovation << 32) | (node & 0xFFFFFFFFL));
    }

    private static long key(int source, int target) {
        return ((long) source << 32) | (target & 0xFFFFFFFFL);
    }
}
