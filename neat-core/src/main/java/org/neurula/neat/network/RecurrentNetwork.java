package org.neurula.neat.network;

import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;

/**
 * A network that may contain cycles, compiled into flat arrays.
 *
 * <p>Semantics: {@link #activate} writes the inputs, then runs {@code cycles} synchronous update
 * steps; in each step every non-input node computes {@code activation(bias + Σ w·v)} from the values
 * all nodes had at the end of the previous step (initially 0, bias 1). Outputs are read after the
 * last step. Node values persist between calls, so a signal needs as many steps as the path is long
 * to travel from an input to an output. {@link #reset()} sets every node back to 0.
 */
public final class RecurrentNetwork extends CompiledNetwork {

    private final int[] inputPositions;
    private final int[] outputPositions;
    private final int[] computed;
    private final double[] biases;
    private final ActivationFunction[] activations;
    private final int[] targetStart;
    private final int[] connectionSource;
    private final int cycles;
    private final boolean[] isBias;
    private double[] current;
    private double[] next;

    private RecurrentNetwork(NetworkBlueprint blueprint, int[] identity, Layout layout, int cycles,
            PlasticityParameters settings) {
        super(layout.weights(), layout.connections());
        int n = blueprint.nodeCount();
        this.inputPositions = layout.inputPositions();
        this.outputPositions = layout.outputPositions();
        this.targetStart = layout.targetStart();
        this.connectionSource = layout.sources();
        this.biases = blueprint.biases().clone();
        this.activations = blueprint.activations().clone();
        this.cycles = cycles;
        NodeKind[] kinds = blueprint.kinds();
        int count = 0;
        for (NodeKind kind : kinds) {
            if (!kind.isSource()) {
                count++;
            }
        }
        this.computed = new int[count];
        this.isBias = new boolean[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!kinds[i].isSource()) {
                computed[k++] = i;
            }
            isBias[i] = kinds[i] == NodeKind.BIAS;
        }
        this.current = new double[n];
        this.next = new double[n];
        this.plasticity = blueprint.plasticity() != null && settings != null && settings.active()
                ? new SynapticPlasticity(blueprint, identity, layout, Topology.depths(blueprint), settings)
                : null;
        reset();
    }

    /**
     * Compiles a blueprint (cyclic or not) for synchronous updates, as a static network.
     *
     * @param cycles update steps per {@code activate} call, at least 1
     */
    public static RecurrentNetwork compile(NetworkBlueprint blueprint, int cycles) {
        return compile(blueprint, cycles, null);
    }

    /**
     * Compiles a blueprint (cyclic or not) for synchronous updates; it learns by its plasticity when
     * it has some and {@code settings} are given and active. The rule applies once per
     * {@code activate} call, after the last update step, to the node values of that step.
     *
     * @param cycles update steps per {@code activate} call, at least 1
     */
    public static RecurrentNetwork compile(NetworkBlueprint blueprint, int cycles, PlasticityParameters settings) {
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be at least 1, was " + cycles);
        }
        int[] identity = new int[blueprint.nodeCount()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return new RecurrentNetwork(blueprint, identity, Layout.of(blueprint, identity), cycles, settings);
    }

    @Override
    public int inputCount() {
        return inputPositions.length;
    }

    @Override
    public int outputCount() {
        return outputPositions.length;
    }


    @Override
    public boolean isRecurrent() {
        return true;
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        for (int k = 0; k < inputPositions.length; k++) {
            current[inputPositions[k]] = inputs[k];
            next[inputPositions[k]] = inputs[k];
        }
        final int[] src = connectionSource;
        final double[] w = weights;
        for (int step = 0; step < cycles; step++) {
            final double[] v = current;
            final double[] out = next;
            for (int node : computed) {
                out[node] = activations[node].apply(
                        WeightedSum.of(biases[node], w, v, src, targetStart[node], targetStart[node + 1]));
            }
            current = out;
            next = v;
        }
        for (int k = 0; k < outputPositions.length; k++) {
            outputs[k] = current[outputPositions[k]];
        }
        learn(current);
    }

    @Override
    public void reset() {
        for (int i = 0; i < current.length; i++) {
            double v = isBias[i] ? 1.0 : 0.0;
            current[i] = v;
            next[i] = v;
        }
        resetLearning();
    }
}
