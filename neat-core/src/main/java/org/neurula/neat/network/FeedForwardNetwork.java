package org.neurula.neat.network;

import java.util.Arrays;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.NodeKind;

/**
 * An acyclic network compiled into flat arrays: nodes renumbered by depth (inputs and bias first),
 * each depth computed in {@link NodeGroups} after all of its sources, so one pass of fused
 * multiply-adds computes every node. Activation allocates nothing. A plastic network then applies its
 * learning rule in one more pass over the weights (see {@link SynapticPlasticity}).
 */
public final class FeedForwardNetwork extends CompiledNetwork {

    /** Input vectors {@link #activateAll} computes together. */
    private static final int COLUMNS = 128;

    private final int[] inputPositions;
    private final int[] outputPositions;
    /** Node values by position, and one more that stays 0 ({@link NodeGroups#zero}). */
    private final double[] values;
    /** {@link #activateAll}'s node values, {@link #COLUMNS} per position, and its two chains; made on first use. */
    private double[] columns;
    private double[] even;
    private double[] odd;

    private FeedForwardNetwork(NodeGroups groups, boolean ownWeights, int[] inputPositions, int[] outputPositions,
            double[] values) {
        super(groups, ownWeights);
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
        return compile(blueprint, settings, null);
    }

    /**
     * Compiles an acyclic blueprint that learns as {@link #compile(NetworkBlueprint, PlasticityParameters)}
     * says and prunes its synapses early in each lifetime when {@code pruning} is given and enabled.
     *
     * @throws IllegalArgumentException if the blueprint's connections form a cycle
     */
    public static FeedForwardNetwork compile(NetworkBlueprint blueprint, PlasticityParameters settings,
            PruningParameters pruning) {
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
        boolean prunes = pruning != null && pruning.enabled();
        FeedForwardNetwork network = new FeedForwardNetwork(groups, plastic || prunes, Layout.positionsOf(layout.inputs(), position),
                Layout.positionsOf(layout.outputs(), position), values);
        network.nodePositions = position;
        if (plastic) {
            int[] layers = new int[n];
            for (int i = 0; i < n; i++) {
                layers[position[i]] = depth[i];
            }
            network.plasticity = new SynapticPlasticity(blueprint, position, groups, layers, settings);
        }
        network.preparePruning(pruning, network.inputPositions, network.outputPositions);
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

    /**
     * Activates the network on {@code count} input vectors at once, as {@code count} calls of
     * {@link #activate} would (every output equal to the bit), but one node at a time across the
     * vectors: the activation functions' loops run without a branch per node and the weighted sums
     * vectorise. For a static network (a CPPN queried for a whole substrate row); the first call makes
     * this network's buffers, later ones allocate nothing.
     *
     * @param inputs     {@code count} input vectors one after another ({@link #inputCount()} values each)
     * @param inputFrom  where the first input vector starts in {@code inputs}
     * @param outputs    receives {@code count} output vectors one after another ({@link #outputCount()} each)
     * @param outputFrom where the first output vector goes in {@code outputs}
     * @throws IllegalStateException if the network is plastic (its weights change between activations)
     */
    public void activateAll(double[] inputs, int inputFrom, double[] outputs, int outputFrom, int count) {
        if (plasticity != null || pruning != null) {
            throw new IllegalStateException("a plastic or pruning network changes its weights after each activation; "
                    + "call activate once per input vector");
        }
        if (columns == null) {
            columns = new double[values.length * COLUMNS];
            for (int p = 0; p < values.length; p++) {
                Arrays.fill(columns, p * COLUMNS, (p + 1) * COLUMNS, values[p]); // the bias's 1, zero's 0
            }
            even = new double[COLUMNS];
            odd = new double[COLUMNS];
        }
        final double[] v = columns;
        final int in = inputPositions.length;
        final int out = outputPositions.length;
        for (int done = 0; done < count; done += COLUMNS) {
            int m = Math.min(COLUMNS, count - done);
            for (int i = 0; i < in; i++) {
                int base = inputPositions[i] * COLUMNS;
                for (int k = 0, from = inputFrom + done * in + i; k < m; k++, from += in) {
                    v[base + k] = inputs[from];
                }
            }
            groups.computeColumns(weights, v, COLUMNS, m, even, odd);
            for (int o = 0; o < out; o++) {
                int base = outputPositions[o] * COLUMNS;
                for (int k = 0, to = outputFrom + done * out + o; k < m; k++, to += out) {
                    outputs[to] = v[base + k];
                }
            }
        }
    }

    @Override
    public void reset() {
        // Node values need no clearing: every activation recomputes all nodes from the inputs.
        resetLearning();
    }

    @Override
    double[] currentValues() {
        return values;
    }
}
