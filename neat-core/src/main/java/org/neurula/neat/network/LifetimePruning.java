package org.neurula.neat.network;

import java.util.Arrays;
import org.neurula.neat.config.PruningParameters;

/**
 * The pruning part of a compiled network: over the first {@code criticalPeriod} activations of each
 * lifetime it scores every activity-carrying synapse by its {@link PruningRule}; when the period ends
 * it removes the lowest-scoring {@code fraction} by setting their weights to 0 in the network's own copy
 * and noting them in a live-synapse mask, which the network keeps until {@link #reset}. With
 * {@code keepPaths} the synapses of the best path into every output an input reaches are kept: the
 * path whose weakest synapse scores highest (a widest-path search from all inputs at once).
 *
 * <p>Per activation it costs one pass over the synapses during the period and, in a plastic network,
 * one pass over the pruned ones afterwards (the learning rule would otherwise revive them); nothing is
 * allocated per activation. The decision itself runs once per lifetime in O(m log m) for m synapses.
 */
final class LifetimePruning {

    private final PruningRule rule;
    private final int period;
    private final double fraction;
    private final boolean keepPaths;
    private final boolean plastic;
    /** The genome's weights of every slot, restored at reset when no learning rule does it. */
    private final double[] initialWeights;
    /** Per synapse (the network's reported order): its slot, source position and target position. */
    private final int[] slot;
    private final int[] source;
    private final int[] target;
    private final int[] inputPositions;
    private final int[] outputPositions;
    /** Synapses leaving each position: {@code outEdges[outStart[p] .. outStart[p + 1])}. */
    private final int[] outStart;
    private final int[] outEdges;

    private final double[] score;
    private final boolean[] pruned;
    private final boolean[] kept;
    private final int[] prunedSlots;
    private int prunedCount;
    private int steps;

    // buffers of the once-per-lifetime decision
    private final double[] sorted;
    private final double[] best;
    private final int[] via;
    private final boolean[] done;
    private final double[] heapKey;
    private final int[] heapNode;

    /**
     * @param groups          the network's nodes and synapses
     * @param inputPositions  positions of the input nodes
     * @param outputPositions positions of the output nodes
     * @param settings        rule, period, fraction and path keeping
     * @param plastic         whether a learning rule also changes the weights
     */
    LifetimePruning(NodeGroups groups, int[] inputPositions, int[] outputPositions, PruningParameters settings,
            boolean plastic) {
        this.rule = settings.rule();
        this.period = settings.criticalPeriod();
        this.fraction = settings.fraction();
        this.keepPaths = settings.keepPaths();
        this.plastic = plastic;
        this.initialWeights = groups.weights;
        this.slot = groups.reported.clone();
        int m = slot.length;
        int[] slotTarget = groups.slotTargets();
        this.source = new int[m];
        this.target = new int[m];
        for (int k = 0; k < m; k++) {
            source[k] = groups.sources[slot[k]];
            target[k] = slotTarget[slot[k]];
        }
        this.inputPositions = inputPositions;
        this.outputPositions = outputPositions;
        int positions = groups.zero + 1;
        this.outStart = new int[positions + 1];
        for (int k = 0; k < m; k++) {
            outStart[source[k] + 1]++;
        }
        for (int p = 0; p < positions; p++) {
            outStart[p + 1] += outStart[p];
        }
        this.outEdges = new int[m];
        int[] fill = Arrays.copyOf(outStart, positions);
        for (int k = 0; k < m; k++) {
            outEdges[fill[source[k]]++] = k;
        }
        this.score = new double[m];
        this.pruned = new boolean[m];
        this.kept = new boolean[m];
        this.prunedSlots = new int[m];
        this.sorted = new double[m];
        this.best = new double[positions];
        this.via = new int[positions];
        this.done = new boolean[positions];
        this.heapKey = new double[m + inputPositions.length];
        this.heapNode = new int[m + inputPositions.length];
    }

    /** Takes in the node values {@code v} of the activation just made; ends the period on its last step. */
    void afterActivation(double[] v, double[] weights) {
        if (steps < period) {
            switch (rule) {
                case ACTIVITY -> {
                    for (int k = 0; k < score.length; k++) {
                        score[k] += Math.abs(weights[slot[k]] * v[source[k]]);
                    }
                }
                case CORRELATION -> {
                    for (int k = 0; k < score.length; k++) {
                        score[k] += Math.abs(v[source[k]] * v[target[k]]);
                    }
                }
                case MAGNITUDE -> {
                }
            }
            if (++steps == period) {
                decide(weights);
            }
        } else if (plastic) {
            for (int k = 0; k < prunedCount; k++) {
                weights[prunedSlots[k]] = 0.0;
            }
        }
    }

    /** Starts a new lifetime: every synapse live again, the genome's weights (unless a learning rule restores them). */
    void reset(double[] weights) {
        if (!plastic) {
            for (int k = 0; k < prunedCount; k++) {
                weights[prunedSlots[k]] = initialWeights[prunedSlots[k]];
            }
        }
        Arrays.fill(score, 0.0);
        Arrays.fill(pruned, false);
        prunedCount = 0;
        steps = 0;
    }

    /** Synapses pruned in this lifetime so far. */
    int prunedCount() {
        return prunedCount;
    }

    /** Whether synapse {@code k} (reported order) is pruned. */
    boolean isPruned(int k) {
        return pruned[k];
    }

    private void decide(double[] weights) {
        int m = score.length;
        if (rule == PruningRule.MAGNITUDE) {
            for (int k = 0; k < m; k++) {
                score[k] = Math.abs(weights[slot[k]]);
            }
        }
        Arrays.fill(kept, false);
        if (keepPaths) {
            keepBestPaths(weights);
        }
        int quota = (int) Math.floor(fraction * m);
        int candidates = 0;
        for (int k = 0; k < m; k++) {
            if (!kept[k]) {
                sorted[candidates++] = score[k];
            }
        }
        quota = Math.min(quota, candidates);
        if (quota == 0) {
            return;
        }
        Arrays.sort(sorted, 0, candidates);
        double threshold = sorted[quota - 1];
        int below = 0;
        for (int k = 0; k < m; k++) {
            below += !kept[k] && score[k] < threshold ? 1 : 0;
        }
        int ties = quota - below; // synapses at the threshold to remove, the first ones in reported order
        for (int k = 0; k < m; k++) {
            if (kept[k]) {
                continue;
            }
            boolean remove = score[k] < threshold || (score[k] == threshold && ties-- > 0);
            if (remove) {
                pruned[k] = true;
                prunedSlots[prunedCount++] = slot[k];
                weights[slot[k]] = 0.0;
            }
        }
    }

    /**
     * Marks in {@link #kept} the synapses of, for each output, the path from an input whose weakest
     * synapse scores highest; synapses of weight 0 carry nothing and make no path.
     */
    private void keepBestPaths(double[] weights) {
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(via, -1);
        Arrays.fill(done, false);
        int size = 0;
        for (int p : inputPositions) {
            best[p] = Double.POSITIVE_INFINITY;
            size = push(size, Double.POSITIVE_INFINITY, p);
        }
        while (size > 0) {
            int u = heapNode[0];
            double key = heapKey[0];
            size = pop(size);
            if (done[u] || key < best[u]) {
                continue;
            }
            done[u] = true;
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int k = outEdges[e];
                int t = target[k];
                if (done[t] || weights[slot[k]] == 0.0) {
                    continue;
                }
                double width = Math.min(key, score[k]);
                if (width > best[t]) {
                    best[t] = width;
                    via[t] = k;
                    size = push(size, width, t);
                }
            }
        }
        for (int o : outputPositions) {
            for (int p = o; via[p] >= 0 && !kept[via[p]]; p = source[via[p]]) {
                kept[via[p]] = true;
            }
        }
    }

    /** Adds a node to the max-heap of {@link #keepBestPaths}; returns the new size. */
    private int push(int size, double key, int node) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] >= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        return size + 1;
    }

    /** Removes the heap's top; returns the new size. */
    private int pop(int size) {
        int last = size - 1;
        double key = heapKey[last];
        int node = heapNode[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && heapKey[child + 1] > heapKey[child]) {
                child++;
            }
            if (heapKey[child] <= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        return last;
    }
}
