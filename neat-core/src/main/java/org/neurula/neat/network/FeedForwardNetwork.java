package org.neurula.neat.network;

import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;

/**
 * An acyclic network compiled into flat arrays: nodes renumbered by depth (inputs and bias first),
 * connections grouped by target in that order, so one pass of fused multiply-adds computes every
 * node after all of its sources. Activation allocates nothing. A plastic network then applies its
 * learning rule in one more pass over the weights (see {@link SynapticPlasticity}).
 */
public final class FeedForwardNetwork extends CompiledNetwork {

    private final int inputCount;
    private final int[] inputPositions;
    private final int[] outputPositions;
    private final int firstComputed;
    private final double[] biases;
    private final ActivationFunction[] activations;
    private final int[] connectionEnd;
    private final int[] connectionSource;
    private final double[] values;

    private FeedForwardNetwork(int inputCount, int[] inputPositions, int[] outputPositions, int firstComputed,
            double[] biases, ActivationFunction[] activations, int[] connectionEnd, int[] connectionSource,
            double[] weights, int[] blueprintConnections, double[] values) {
        super(weights, blueprintConnections);
        this.inputCount = inputCount;
        this.inputPositions = inputPositions;
        this.outputPositions = outputPositions;
        this.firstComputed = firstComputed;
        this.biases = biases;
        this.activations = activations;
        this.connectionEnd = connectionEnd;
        this.connectionSource = connectionSource;
        this.values = values;
    }

    /**
     * Compiles an acyclic blueprint as a static network (any plasticity in it is ignored).
     *
     * @throws IllegalArgumentException if the blueprint's connections form a cycle
     */
    public static FeedForwardNetwork compile(NetworkBlueprint blueprint) {
        return compile(blueprint, null);
    }

    /**
     * Compiles an acyclic blueprint; it learns by its plasticity when it has some and {@code settings}
     * are given and active.
     *
     * @throws IllegalArgumentException if the blueprint's connections form a cycle
     */
    public static FeedForwardNetwork compile(NetworkBlueprint blueprint, PlasticityParameters settings) {
        int[] order = Topology.depthOrder(blueprint);
        if (order == null) {
            throw new IllegalArgumentException("blueprint has a cycle; compile it as a recurrent network");
        }
        int n = blueprint.nodeCount();
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        NodeKind[] kinds = blueprint.kinds();
        int firstComputed = 0;
        while (firstComputed < n && kinds[order[firstComputed]].isSource()) {
            firstComputed++;
        }
        double[] values = new double[n];
        double[] biases = new double[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        for (int p = 0; p < n; p++) {
            int node = order[p];
            biases[p] = blueprint.biases()[node];
            activations[p] = blueprint.activations()[node];
            if (kinds[node] == NodeKind.BIAS) {
                values[p] = 1.0;
            }
        }
        Layout layout = Layout.of(blueprint, position);
        int[] connectionEnd = new int[n];
        for (int p = 0; p < n; p++) {
            connectionEnd[p] = layout.targetStart()[p + 1];
        }
        FeedForwardNetwork network = new FeedForwardNetwork(layout.inputPositions().length, layout.inputPositions(),
                layout.outputPositions(), firstComputed, biases, activations, connectionEnd, layout.sources(),
                layout.weights(), layout.connections(), values);
        if (blueprint.plasticity() != null && settings != null && settings.active()) {
            int[] depth = Topology.depths(blueprint);
            int[] layers = new int[n];
            for (int i = 0; i < n; i++) {
                layers[position[i]] = depth[i];
            }
            network.plasticity = new SynapticPlasticity(blueprint, position, layout, layers, settings);
        }
        return network;
    }

    @Override
    public int inputCount() {
        return inputCount;
    }

    @Override
    public int outputCount() {
        return outputPositions.length;
    }


    @Override
    public boolean isRecurrent() {
        return false;
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        final double[] v = values;
        final int[] src = connectionSource;
        final double[] w = weights;
        for (int k = 0; k < inputCount; k++) {
            v[inputPositions[k]] = inputs[k];
        }
        int c = 0; // input and bias nodes have no incoming connections
        for (int p = firstComputed, n = v.length; p < n; p++) {
            int end = connectionEnd[p];
            v[p] = activations[p].apply(WeightedSum.of(biases[p], w, v, src, c, end));
            c = end;
        }
        for (int k = 0; k < outputPositions.length; k++) {
            outputs[k] = v[outputPositions[k]];
        }
        learn(v);
    }

    @Override
    public void reset() {
        // Node values need no clearing: every activation recomputes all nodes from the inputs.
        resetLearning();
    }
}
