package org.neurula.neat.network;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.plasticity.Normalization;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * The learning part of a compiled plastic network: rule parameters in arrays parallel to the
 * network's weights (the slots of its {@link NodeGroups}, padding included), the modulatory
 * connections, and the per-node state some rules keep (BCM thresholds, running means, activity
 * traces). After each activation the network calls {@link #update}, one pass over the slots; nothing
 * is allocated. Padding slots have η and coefficients 0 and are set back to weight 0 after every step.
 *
 * <p>Order within a step: modulation gates from the node values just computed; every weight changes by
 * gate·Δw and is clipped; incoming weights are normalized; then the rules' per-node state takes in
 * this step's values, so a rule always sees the state of the steps before.
 */
final class SynapticPlasticity {

    private final PlasticityRule rule;
    private final int[] source;
    private final int[] target;
    /** The padding slots. */
    private final int[] padding;
    /** Per slot, η (for the rules other than ABCD, which keeps its own coefficients). */
    private final double[] eta;
    /** The ABCD rule's coefficients and step, for that rule. */
    private final AbcdRule abcd;
    private final double[] initialWeights;
    private final double bound;
    private final Normalization normalization;
    private final double rate;
    private final double decay;

    private final boolean modulated;
    private final int[] modulatorySource;
    private final int[] modulatoryTarget;
    private final double[] modulatoryWeight;
    private final int[] modulatedNodes;
    private final double[] modulationSum;
    private final double[] gate;
    private double signal;

    /** Per position: the BCM threshold, the covariance running mean or the activity trace, by rule. */
    private final double[] nodeState;
    /** Per slot: the normalization group of its target. */
    private final int[] slotGroup;
    private final double[] groupLimit;
    private final double[] groupMeasure;

    /**
     * @param blueprint  a blueprint with plasticity
     * @param position   blueprint node index → network position
     * @param groups     the network's nodes and activity connections
     * @param layers     per position, the normalization group (layer) of the node, for
     *                   {@link Normalization#LAYER_MAX_ABS}; null puts all nodes in one group
     * @param settings   bound, normalization, time constants, modulation
     * @throws IllegalArgumentException if the weight bound is negative or NaN
     */
    SynapticPlasticity(NetworkBlueprint blueprint, int[] position, NodeGroups groups, int[] layers,
            PlasticityParameters settings) {
        if (!(settings.weightBound() >= 0)) {
            throw new IllegalArgumentException("the weight bound must be at least 0, was " + settings.weightBound());
        }
        PlasticityBlueprint plastic = blueprint.plasticity();
        this.rule = plastic.rule();
        int m = groups.weights.length;
        int n = blueprint.nodeCount();
        this.source = groups.sources;
        this.target = groups.slotTargets();
        int[] connections = groups.slotConnections();
        int pads = 0;
        for (int conn : connections) {
            pads += conn < 0 ? 1 : 0;
        }
        this.padding = new int[pads];
        for (int slot = 0, k = 0; slot < m; slot++) {
            if (connections[slot] < 0) {
                padding[k++] = slot;
            }
        }
        this.abcd = rule == PlasticityRule.ABCD ? new AbcdRule(groups, connections, plastic, settings.modulation()) : null;
        this.eta = abcd != null ? null : new double[m];
        for (int slot = 0; slot < m && eta != null; slot++) {
            int conn = connections[slot];
            if (conn >= 0) {
                eta[slot] = plastic.parameter(conn, 0);
            }
        }
        this.initialWeights = groups.weights; // the network learns in a copy of its own
        this.bound = settings.weightBound();
        this.normalization = settings.normalization();
        this.rate = 1.0 / settings.timeConstant();
        this.decay = settings.traceDecay();

        this.modulated = settings.modulation();
        IntArrayList modSources = new IntArrayList();
        IntArrayList modTargets = new IntArrayList();
        IntArrayList modConnections = new IntArrayList();
        for (int conn = 0; conn < blueprint.connectionCount(); conn++) {
            if (blueprint.isModulatory(conn)) {
                modSources.add(position[blueprint.sources()[conn]]);
                modTargets.add(position[blueprint.targets()[conn]]);
                modConnections.add(conn);
            }
        }
        this.modulatorySource = modSources.toArray();
        this.modulatoryTarget = modTargets.toArray();
        this.modulatoryWeight = new double[modConnections.size()];
        for (int k = 0; k < modulatoryWeight.length; k++) {
            modulatoryWeight[k] = blueprint.weights()[modConnections.get(k)];
        }
        boolean[] isModulated = new boolean[n];
        for (int t : modulatoryTarget) {
            isModulated[t] = true;
        }
        IntArrayList modulatedNodes = new IntArrayList();
        for (int i = 0; i < n; i++) {
            if (isModulated[i]) {
                modulatedNodes.add(i);
            }
        }
        this.modulatedNodes = modulatedNodes.toArray();
        this.modulationSum = new double[n];
        this.gate = new double[n];
        Arrays.fill(gate, 1.0);
        this.nodeState = new double[n + 1];

        int[] groupOf = new int[n];
        int groupCount = n;
        if (normalization == Normalization.LAYER_MAX_ABS) {
            groupCount = 1;
            for (int p = 0; p < n; p++) {
                groupOf[p] = layers == null ? 0 : layers[p];
                groupCount = Math.max(groupCount, groupOf[p] + 1);
            }
        } else {
            for (int p = 0; p < n; p++) {
                groupOf[p] = p;
            }
        }
        this.slotGroup = new int[m];
        for (int slot = 0; slot < m; slot++) {
            slotGroup[slot] = groupOf[target[slot]];
        }
        this.groupLimit = new double[groupCount];
        this.groupMeasure = new double[groupCount];
        measure(initialWeights);
        for (int g = 0; g < groupCount; g++) {
            groupLimit[g] = groupMeasure[g] > 0 ? groupMeasure[g] : 1.0;
        }
    }

    /** Per slot, the array the network writes its target's new value into, or null if the rule needs none. */
    double[] targetValues() {
        return abcd != null ? abcd.targetValues() : null;
    }

    /** Sets the task's modulation signal, added to every node's modulatory input from the next update on. */
    void modulate(double value) {
        signal = value;
    }

    /** Restores the genome's weights into {@code weights} and clears the rules' state and the signal. */
    void reset(double[] weights) {
        System.arraycopy(initialWeights, 0, weights, 0, weights.length);
        Arrays.fill(nodeState, 0.0);
        Arrays.fill(gate, 1.0);
        signal = 0.0;
    }

    /** One plasticity step on {@code weights} from the node values {@code v} of the step just taken. */
    void update(double[] v, double[] weights) {
        if (modulated) {
            gates(v);
        }
        double[] state = nodeState;
        final int[] src = source;
        final int[] tgt = target;
        switch (rule) {
            case HEBB -> {
                for (int k = 0; k < weights.length; k++) {
                    int t = tgt[k];
                    double scale = gate[t] * v[t];
                    weights[k] = clip(weights[k] + scale * eta[k] * v[src[k]]);
                }
            }
            case ABCD -> abcd.step(v, modulated ? gate : null, modulatedNodes.length == 0, weights, bound);
            case OJA -> {
                for (int k = 0; k < weights.length; k++) {
                    int t = tgt[k];
                    double postValue = v[t];
                    double scale = gate[t] * postValue;
                    weights[k] = clip(weights[k] + scale * eta[k] * (v[src[k]] - postValue * weights[k]));
                }
            }
            case BCM -> {
                for (int k = 0; k < weights.length; k++) {
                    int t = tgt[k];
                    double postValue = v[t];
                    double scale = gate[t] * postValue * (postValue - state[t]);
                    weights[k] = clip(weights[k] + scale * eta[k] * v[src[k]]);
                }
                for (int i = 0; i < v.length; i++) {
                    state[i] += (v[i] * v[i] - state[i]) * rate;
                }
            }
            case COVARIANCE -> {
                for (int k = 0; k < weights.length; k++) {
                    int t = tgt[k];
                    int s = src[k];
                    double scale = gate[t] * (v[t] - state[t]);
                    weights[k] = clip(weights[k] + scale * eta[k] * (v[s] - state[s]));
                }
                for (int i = 0; i < v.length; i++) {
                    state[i] += (v[i] - state[i]) * rate;
                }
            }
            case TEMPORAL -> {
                for (int k = 0; k < weights.length; k++) {
                    int t = tgt[k];
                    int s = src[k];
                    weights[k] = clip(weights[k] + gate[t] * eta[k] * (state[s] * v[t] - v[s] * state[t]));
                }
                for (int i = 0; i < v.length; i++) {
                    state[i] = decay * state[i] + (1 - decay) * v[i];
                }
            }
            default -> throw new IllegalStateException("unknown rule " + rule);
        }
        for (int k : padding) {
            weights[k] = 0.0;
        }
        if (normalization != Normalization.NONE) {
            normalize(weights);
        }
    }

    /** Gates from this step's modulation; nodes without modulatory inputs share the signal's gate. */
    private void gates(double[] v) {
        Arrays.fill(gate, Math.tanh(0.5 * signal));
        for (int i : modulatedNodes) {
            modulationSum[i] = signal;
        }
        for (int k = 0; k < modulatorySource.length; k++) {
            modulationSum[modulatoryTarget[k]] += modulatoryWeight[k] * v[modulatorySource[k]];
        }
        for (int i : modulatedNodes) {
            gate[i] = Math.tanh(0.5 * modulationSum[i]);
        }
    }

    private double clip(double w) {
        return w > bound ? bound : w < -bound ? -bound : w;
    }

    /** Fills {@link #groupMeasure} with each group's L2 norm or maximum magnitude. */
    private void measure(double[] weights) {
        Arrays.fill(groupMeasure, 0.0);
        boolean l2 = normalization == Normalization.NEURON_L2;
        for (int k = 0; k < weights.length; k++) {
            int g = slotGroup[k];
            double w = weights[k];
            groupMeasure[g] = l2 ? groupMeasure[g] + w * w : Math.max(groupMeasure[g], Math.abs(w));
        }
        if (l2) {
            for (int g = 0; g < groupMeasure.length; g++) {
                groupMeasure[g] = Math.sqrt(groupMeasure[g]);
            }
        }
    }

    private void normalize(double[] weights) {
        measure(weights);
        for (int k = 0; k < weights.length; k++) {
            int g = slotGroup[k];
            if (groupMeasure[g] > groupLimit[g]) {
                weights[k] *= groupLimit[g] / groupMeasure[g];
            }
        }
    }
}
