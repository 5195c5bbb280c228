package org.neurula.neat.network;

import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;

/**
 * An acyclic network compiled into flat arrays: nodes renumbered by depth (inputs and bias first),
 * each depth computed in {@link NodeGroups} after all of its sources, so one pass of fused
 * multiply-adds computes every node. Activation allocates nothing. A plastic network then applies its
 * learning rule in one more pass over the weights (see {@link SynapticPlasticity}).
 */
public final class FeedForwardNetwork extends CompiledNetwork {

    private final int[] inputPositions;
    private final int[] outputPositions;
    /** Node values by position, and one more that stays 0 ({@link NodeGroups#zero}). */
    private final double[] values;

    private FeedForwardNetwork(NodeGroups groups, int[] inputPositions, int[] outputPositions, double[] values) {
        super(groups);
        this.inputPositions = inputPositions;
        this.outputPositions = outputPositions;
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
        int[] depth = Topology.depths(blueprint);
        if (depth == null) {
            throw new IllegalArgumentException("blueprint has a cycle; compile it as a recurrent network");
        }
        int n = blueprint.nodeCount();
        int[] order = ComputeOrder.feedForward(blueprint, depth);
        int[] position = ComputeOrder.positions(order);
        NodeKind[] kinds = blueprint.kinds();
        double[] values = new double[n + 1];
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
        // weights are reported grouped by target in plain depth order, as before nodes were grouped
        int[] reported = Layout.of(blueprint, ComputeOrder.positions(Topology.depthOrder(blueprint, depth)))
                .connections();
        NodeGroups groups = NodeGroups.of(layout, ComputeOrder.layers(blueprint, order, depth), biases, activations,
                n, reported);
        FeedForwardNetwork network = new FeedForwardNetwork(groups, layout.inputPositions(), layout.outputPositions(),
                values);
        if (blueprint.plasticity() != null && settings != null && settings.active()) {
            int[] layers = new int[n];
            for (int i = 0; i < n; i++) {
                layers[position[i]] = depth[i];
            }
            network.plasticity = new SynapticPlasticity(blueprint, position, groups, layers, settings);
        }
        return network;
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
        return false;
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        final double[] v = values;
        for (int k = 0; k < inputPositions.length; k++) {
            v[inputPositions[k]] = inputs[k];
        }
        groups.compute(weights, v, v, recordedTargets());
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
