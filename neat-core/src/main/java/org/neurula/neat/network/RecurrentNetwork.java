package org.neurula.neat.network;

import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.PruningParameters;
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
    private final int cycles;
    /** Per position (and the always-zero one at the end), whether it holds the bias node. */
    private final boolean[] isBias;
    private double[] current;
    private double[] next;

    private RecurrentNetwork(NodeGroups groups, boolean ownWeights, int[] inputPositions, int[] outputPositions,
            boolean[] isBias, int cycles) {
        super(groups, ownWeights);
        this.inputPositions = inputPositions;
        this.outputPositions = outputPositions;
        this.cycles = cycles;
        this.isBias = isBias;
        this.current = new double[isBias.length];
        this.next = new double[isBias.length];
    }

    private static int[] identity(int n) {
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
        }
        return nodes;
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
        return compile(blueprint, cycles, settings, null);
    }

    /**
     * Compiles a blueprint that learns as {@link #compile(NetworkBlueprint, int, PlasticityParameters)}
     * says and prunes its synapses early in each lifetime when {@code pruning} is given and enabled;
     * pruning scores use the node values after the last update step of each activation.
     *
     * @param cycles update steps per {@code activate} call, at least 1
     */
    public static RecurrentNetwork compile(NetworkBlueprint blueprint, int cycles, PlasticityParameters settings,
            PruningParameters pruning) {
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be at least 1, was " + cycles);
        }
        int n = blueprint.nodeCount();
        Layout layout = Layout.of(blueprint);
        ComputeOrder order = ComputeOrder.recurrent(blueprint, layout);
        // weights are reported grouped by target in node order, as before nodes were grouped
        NodeGroups groups = NodeGroups.of(blueprint, layout, order, identity(blueprint.nodeCount()));
        int[] position = order.positions();
        boolean[] isBias = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            isBias[position[i]] = blueprint.kinds()[i] == NodeKind.BIAS;
        }
        boolean plastic = blueprint.plasticity() != null && settings != null && settings.active();
        boolean prunes = pruning != null && pruning.enabled();
        RecurrentNetwork network = new RecurrentNetwork(groups, plastic || prunes, Layout.positionsOf(layout.inputs(), position),
                Layout.positionsOf(layout.outputs(), position), isBias, cycles);
        network.nodePositions = position;
        if (plastic) {
            int[] depth = Topology.depths(blueprint);
            int[] layers = null;
            if (depth != null) {
                layers = new int[n];
                for (int i = 0; i < n; i++) {
                    layers[position[i]] = depth[i];
                }
            }
            network.plasticity = new SynapticPlasticity(blueprint, position, groups, layers, settings);
        }
        network.preparePruning(pruning, network.inputPositions, network.outputPositions);
        network.reset();
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
        return true;
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        for (int k = 0; k < inputPositions.length; k++) {
            current[inputPositions[k]] = inputs[k];
            next[inputPositions[k]] = inputs[k];
        }
        for (int step = 0; step < cycles; step++) {
            final double[] v = current;
            groups.compute(weights, v, next, step == cycles - 1 ? recordedTargets() : null);
            current = next;
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

    @Override
    double[] currentValues() {
        return current;
    }
}
