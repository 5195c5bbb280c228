package org.neurula.developmental.es;

import org.eclipse.collections.api.list.primitive.MutableDoubleList;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neurula.neat.geometry.Positions;

/**
 * ES-HyperNEAT's construction of a network from a CPPN (Risi &amp; Stanley 2012, algorithm 3): from
 * each input, the outgoing pattern's bands become connections to new hidden nodes; for
 * {@code iterations} rounds the hidden nodes found last search outward in the same way; then each
 * output's incoming pattern connects it from the hidden nodes that already exist; finally every
 * hidden node that is not on a path from an input to an output is removed, with its connections.
 *
 * <p>A connection the bands select is dropped when {@link WeightPattern#expressed} vetoes it (a
 * link expression output); a hidden node is created only by a connection that is kept.
 *
 * <p>Hidden nodes are quadtree centres, so they are identified exactly by their (dyadic)
 * coordinates. In feed-forward mode a connection between hidden nodes is kept only from an earlier
 * discovered node to a later one, which makes the network acyclic whatever the pattern; in recurrent
 * mode every discovered connection is kept, self-connections included.
 */
public final class HiddenNodeSearch {

    private final EsHyperNeatParameters parameters;
    private final double maxWeight;
    private final boolean recurrent;

    /**
     * A search with these settings.
     *
     * @param maxWeight expressed weights are the pattern's weight times this
     * @param recurrent whether hidden-to-hidden connections may form cycles
     */
    public HiddenNodeSearch(EsHyperNeatParameters parameters, double maxWeight, boolean recurrent) {
        this.parameters = parameters;
        this.maxWeight = maxWeight;
        this.recurrent = recurrent;
    }

    /**
     * Searches the substrate between {@code inputs} and {@code outputs} (2-D points in [-1, 1]²).
     *
     * @throws IllegalArgumentException if the positions are not 2-D
     */
    public DiscoveredNetwork search(WeightPattern pattern, Positions inputs, Positions outputs) {
        if (inputs.dimensions() != 2 || outputs.dimensions() != 2) {
            throw new IllegalArgumentException("ES-HyperNEAT searches a 2-D substrate; the positions are "
                    + inputs.dimensions() + "-D");
        }
        int in = inputs.count();
        int out = outputs.count();
        int first = in + out;
        LongIntHashMap hiddenIndex = new LongIntHashMap();
        MutableDoubleList hiddenXy = new DoubleArrayList();
        MutableIntList sources = new IntArrayList();
        MutableIntList targets = new IntArrayList();
        MutableDoubleList weights = new DoubleArrayList();
        double scale = maxWeight;
        IntArrayList frontier = new IntArrayList();
        for (int i = 0; i < in; i++) {
            double ix = inputs.coordinate(i, 0);
            double iy = inputs.coordinate(i, 1);
            CandidatePoints found = QuadTree.divide(pattern, ix, iy, true, parameters).extract(parameters);
            for (int k = 0; k < found.count(); k++) {
                if (!pattern.expressed(ix, iy, found.x(k), found.y(k))) {
                    continue;
                }
                int h = hiddenNode(found.x(k), found.y(k), hiddenIndex, hiddenXy, first, frontier);
                sources.add(i);
                targets.add(h);
                weights.add(found.weight(k) * scale);
            }
        }
        for (int round = 0; round < parameters.iterations() && !frontier.isEmpty(); round++) {
            IntArrayList explore = frontier;
            frontier = new IntArrayList();
            for (int e = 0; e < explore.size(); e++) {
                int h = explore.get(e);
                int k0 = 2 * (h - first);
                CandidatePoints found = QuadTree.divide(pattern, hiddenXy.get(k0), hiddenXy.get(k0 + 1), true,
                        parameters).extract(parameters);
                for (int k = 0; k < found.count(); k++) {
                    if (!pattern.expressed(hiddenXy.get(k0), hiddenXy.get(k0 + 1), found.x(k), found.y(k))) {
                        continue;
                    }
                    int t = hiddenNode(found.x(k), found.y(k), hiddenIndex, hiddenXy, first, frontier);
                    if (recurrent || t > h) {
                        sources.add(h);
                        targets.add(t);
                        weights.add(found.weight(k) * scale);
                    }
                }
            }
        }
        for (int o = 0; o < out; o++) {
            double ox = outputs.coordinate(o, 0);
            double oy = outputs.coordinate(o, 1);
            CandidatePoints found = QuadTree.divide(pattern, ox, oy, false, parameters).extract(parameters);
            for (int k = 0; k < found.count(); k++) {
                int s = hiddenIndex.getIfAbsent(key(found.x(k), found.y(k)), -1);
                if (s >= 0 && pattern.expressed(found.x(k), found.y(k), ox, oy)) {
                    sources.add(s);
                    targets.add(in + o);
                    weights.add(found.weight(k) * scale);
                }
            }
        }
        return connectedPart(in, out, hiddenXy.toArray(), sources.toArray(), targets.toArray(), weights.toArray());
    }

    /** The node at (px, py), created (and queued for exploration) if it is new. */
    private static int hiddenNode(double px, double py, LongIntHashMap index, MutableDoubleList xy, int first,
            IntArrayList frontier) {
        long key = key(px, py);
        int h = index.getIfAbsent(key, -1);
        if (h < 0) {
            h = first + xy.size() / 2;
            index.put(key, h);
            xy.add(px);
            xy.add(py);
            frontier.add(h);
        }
        return h;
    }

    /** Quadtree centres are multiples of 2^-11 at depth 10 or less, so this key is exact. */
    private static long key(double px, double py) {
        long ix = Math.round(px * 4096.0);
        long iy = Math.round(py * 4096.0);
        return (ix << 32) ^ (iy & 0xFFFFFFFFL);
    }

    /** Keeps the hidden nodes reachable from an input that also reach an output, renumbered in order. */
    private static DiscoveredNetwork connectedPart(int in, int out, double[] hiddenXy, int[] sources, int[] targets,
            double[] weights) {
        int n = in + out + hiddenXy.length / 2;
        boolean[] fromInput = reach(n, in, 0, sources, targets, true);
        boolean[] toOutput = reach(n, out, in, sources, targets, false);
        int[] renumber = new int[n];
        int next = 0;
        for (int v = 0; v < n; v++) {
            boolean keep = v < in + out || (fromInput[v] && toOutput[v]);
            renumber[v] = keep ? next++ : -1;
        }
        double[] keptXy = new double[2 * (next - in - out)];
        for (int v = in + out; v < n; v++) {
            if (renumber[v] >= 0) {
                int k = renumber[v] - in - out;
                keptXy[2 * k] = hiddenXy[2 * (v - in - out)];
                keptXy[2 * k + 1] = hiddenXy[2 * (v - in - out) + 1];
            }
        }
        IntArrayList s = new IntArrayList();
        IntArrayList t = new IntArrayList();
        DoubleArrayList w = new DoubleArrayList();
        for (int c = 0; c < sources.length; c++) {
            if (renumber[sources[c]] >= 0 && renumber[targets[c]] >= 0) {
                s.add(renumber[sources[c]]);
                t.add(renumber[targets[c]]);
                w.add(weights[c]);
            }
        }
        return new DiscoveredNetwork(in, out, Positions.of(2, keptXy), s.toArray(), t.toArray(), w.toArray());
    }

    /**
     * Which nodes are reachable from nodes {@code from .. from+count-1} following connections forward
     * (or backward).
     */
    private static boolean[] reach(int n, int count, int from, int[] sources, int[] targets, boolean forward) {
        int[] degree = new int[n + 1];
        int[] tail = forward ? sources : targets;
        int[] head = forward ? targets : sources;
        for (int v : tail) {
            degree[v + 1]++;
        }
        for (int v = 0; v < n; v++) {
            degree[v + 1] += degree[v];
        }
        int[] next = new int[tail.length];
        int[] fill = degree.clone();
        for (int c = 0; c < tail.length; c++) {
            next[fill[tail[c]]++] = head[c];
        }
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        for (int v = from; v < from + count; v++) {
            seen[v] = true;
            stack[top++] = v;
        }
        while (top > 0) {
            int v = stack[--top];
            for (int e = degree[v]; e < degree[v + 1]; e++) {
                int u = next[e];
                if (!seen[u]) {
                    seen[u] = true;
                    stack[top++] = u;
                }
            }
        }
        return seen;
    }
}
