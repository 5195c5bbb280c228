package org.neurula.neat.network;

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

    private FeedForwardNetwork(NodeGroups groups, boolean plastic, int[] inputPositions, int[] outputPositions,
            double[] values) {
        super(groups, plastic);
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
        int[] depthOrder = Topology.depthOrder(blueprint, depth);
        Layout layout = Layout.of(blueprint);
        ComputeOrder order = ComputeOrder.feedForward(blueprint, depth, depthOrder, layout);
        // weights are reported grouped by target in plain depth order, as before nodes were grouped
        NodeGroups groups = NodeGroups.of(blueprint, layout, order, depthOrder);
        int[] position = order.positions();
        double[] values = new double[n + 1];
        for (int i = 0; i < n; i++) {
            if (blueprint.kinds()[i] == NodeKind.BIAS) {
                values[position[i]] = 1.0;
            }
        }
        boolean plastic = blueprint.plasticity() != null && settings != null && settings.active();
        FeedForwardNetwork network = new FeedForwardNetwork(groups, plastic, Layout.positionsOf(layout.inputs(), position),
                Layout.positionsOf(layout.outputs(), position), values);
        if (plastic) {
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
