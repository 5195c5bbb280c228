package org.neurula.neat.network;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.plasticity.Normalization;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * The learning part of a compiled plastic network: rule parameters in arrays parallel to the
 * network's weights (same order, grouped by target), the modulatory connections, and the per-node
 * state some rules keep (BCM thresholds, running means, activity traces). After each activation the
 * network calls {@link #update}, one pass over the connections; nothing is allocated.
 *
 * <p>Order within a step: modulation gates from the node values just computed; every weight changes by
 * gate·Δw and is clipped; incoming weights are normalized; then the rules' per-node state takes in
 * this step's values, so a rule always sees the state of the steps before.
 */
final class SynapticPlasticity {

    private final PlasticityRule rule;
    private final int[] source;
    private final int[] target;
    private final double[] eta;
    /** Per connection ηA, ηB, ηC, ηD side by side: the ABCD rule reads one stream. */
    private final double[] abcd;
    /** Whether every connection has the same ABCD parameters (network-wide genes): then the rule
     * reduces per target to Δw = α·pre + β, as cheap per connection as the activation itself. */
    private final boolean shared;
    private final double[] nodeAlpha;
    private final double[] nodeBeta;
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

    /** Per node: the BCM threshold, the covariance running mean or the activity trace, by rule. */
    private final double[] nodeState;
    private final int[] targetStart;
    private final int[] groupOf;
    private final double[] groupLimit;
    private final double[] groupMeasure;

    /**
     * @param blueprint  a blueprint with plasticity
     * @param position   blueprint node index → network position
     * @param layout     the network's activity connections
     * @param groups     per position, the normalization group (layer) of the node, for
     *                   {@link Normalization#LAYER_MAX_ABS}; null puts all nodes in one group
     * @param settings   bound, normalization, time constants, modulation
     */
    SynapticPlasticity(NetworkBlueprint blueprint, int[] position, Layout layout, int[] groups,
            PlasticityParameters settings) {
        PlasticityBlueprint plastic = blueprint.plasticity();
        this.rule = plastic.rule();
        int m = layout.weights().length;
        int n = blueprint.nodeCount();
        this.source = layout.sources();
        this.targetStart = layout.targetStart();
        this.target = new int[m];
        for (int p = 0; p < n; p++) {
            Arrays.fill(target, targetStart[p], targetStart[p + 1], p);
        }
        this.eta = new double[m];
        this.abcd = new double[4 * m];
        for (int slot = 0; slot < m; slot++) {
            int conn = layout.connections()[slot];
            eta[slot] = plastic.parameter(conn, 0);
            for (int k = 0; k < 4; k++) {
                abcd[4 * slot + k] = eta[slot] * plastic.parameter(conn, k + 1);
            }
        }
        boolean same = true;
        for (int i = 4; i < abcd.length && same; i++) {
            same = abcd[i] == abcd[i % 4];
        }
        this.shared = same;
        this.nodeAlpha = new double[n];
        this.nodeBeta = new double[n];
        this.initialWeights = layout.weights().clone();
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
        for (int target : modulatoryTarget) {
            isModulated[target] = true;
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
        this.nodeState = new double[n];

        this.groupOf = new int[n];
        int groupCount = n;
        if (normalization == Normalization.LAYER_MAX_ABS) {
            groupCount = 1;
            for (int p = 0; p < n; p++) {
                groupOf[p] = groups == null ? 0 : groups[p];
                groupCount = Math.max(groupCount, groupOf[p] + 1);
            }
        } else {
            for (int p = 0; p < n; p++) {
                groupOf[p] = p;
            }
        }
        this.groupLimit = new double[groupCount];
        this.groupMeasure = new double[groupCount];
        measure(initialWeights);
        for (int g = 0; g < groupCount; g++) {
            groupLimit[g] = groupMeasure[g] > 0 ? groupMeasure[g] : 1.0;
        }
        reset(layout.weights());
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
        int n = v.length;
        double[] state = nodeState;
        final int[] ts = targetStart;
        final int[] src = source;
        switch (rule) {
            case HEBB -> {
                for (int t = 0; t < n; t++) {
                    double scale = gate[t] * v[t];
                    for (int k = ts[t], end = ts[t + 1]; k < end; k++) {
                        weights[k] = clip(weights[k] + scale * eta[k] * v[src[k]]);
                    }
                }
            }
            case ABCD -> {
                final double[] p = abcd;
                if (shared && p.length > 0) {
                    final double[] alpha = nodeAlpha;
                    final double[] beta = nodeBeta;
                    for (int t = 0; t < n; t++) {
                        double post = v[t];
                        alpha[t] = gate[t] * Math.fma(p[0], post, p[1]);
                        beta[t] = gate[t] * Math.fma(p[2], post, p[3]);
                    }
                    final int[] tgt = target;
                    final double hi = bound;
                    for (int k = 0; k < weights.length; k++) {
                        int t = tgt[k];
                        double x = Math.fma(alpha[t], v[src[k]], weights[k] + beta[t]);
                        weights[k] = x > hi ? hi : x < -hi ? -hi : x;
                    }
                    break;
                }
                for (int t = 0; t < n; t++) {
                    double post = v[t];
                    double g = gate[t];
                    for (int k = ts[t], end = ts[t + 1]; k < end; k++) {
                        int q = 4 * k;
                        double dw = Math.fma(Math.fma(p[q], post, p[q + 1]), v[src[k]], Math.fma(p[q + 2], post, p[q + 3]));
                        weights[k] = clip(Math.fma(g, dw, weights[k]));
                    }
                }
            }
            case OJA -> {
                for (int t = 0; t < n; t++) {
                    double post = v[t];
                    double scale = gate[t] * post;
                    for (int k = ts[t], end = ts[t + 1]; k < end; k++) {
                        weights[k] = clip(weights[k] + scale * eta[k] * (v[src[k]] - post * weights[k]));
                    }
                }
            }
            case BCM -> {
                for (int t = 0; t < n; t++) {
                    double post = v[t];
                    double scale = gate[t] * post * (post - state[t]);
                    for (int k = ts[t], end = ts[t + 1]; k < end; k++) {
                        weights[k] = clip(weights[k] + scale * eta[k] * v[src[k]]);
                    }
                }
                for (int i = 0; i < n; i++) {
                    state[i] += (v[i] * v[i] - state[i]) * rate;
                }
            }
            case COVARIANCE -> {
                for (int t = 0; t < n; t++) {
                    double scale = gate[t] * (v[t] - state[t]);
                    for (int k = ts[t], end = ts[t + 1]; k < end; k++) {
                        int s = src[k];
                        weights[k] = clip(weights[k] + scale * eta[k] * (v[s] - state[s]));
                    }
                }
                for (int i = 0; i < n; i++) {
                    state[i] += (v[i] - state[i]) * rate;
                }
            }
            case TEMPORAL -> {
                for (int t = 0; t < n; t++) {
                    double post = v[t];
                    double postTrace = state[t];
                    double g = gate[t];
                    for (int k = ts[t], end = ts[t + 1]; k < end; k++) {
                        int s = src[k];
                        weights[k] = clip(weights[k] + g * eta[k] * (state[s] * post - v[s] * postTrace));
                    }
                }
                for (int i = 0; i < n; i++) {
                    state[i] = decay * state[i] + (1 - decay) * v[i];
                }
            }
            default -> throw new IllegalStateException("unknown rule " + rule);
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
            int g = groupOf[target[k]];
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
            int g = groupOf[target[k]];
            if (groupMeasure[g] > groupLimit[g]) {
                weights[k] *= groupLimit[g] / groupMeasure[g];
            }
        }
    }
}
