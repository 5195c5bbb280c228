package org.neurula.neat.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.neurula.neat.plasticity.PlasticNetworks.network;
import static org.neurula.neat.plasticity.PlasticNetworks.settings;
import static org.neurula.neat.plasticity.PlasticNetworks.weights;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.Network;

/**
 * Neuromodulation (Soltoggio et al. 2008): a modulatory node's output, summed at its target, gates the
 * plasticity of the target's incoming connections by tanh(m/2); it carries no activity. The task's
 * global signal adds to every node's modulation.
 */
class ModulationTest {

    /** Nodes: 0 input, 1 modulator input, 2 modulatory node, 3 output. */
    private static final NodeKind[] KINDS = {NodeKind.INPUT, NodeKind.INPUT, NodeKind.MODULATORY, NodeKind.OUTPUT};

    /** Index of 0 → 3 among the network's weights (grouped by target: 1 → 2 comes first). */
    private static final int PLASTIC = 1;

    /** 0 → 3 plastic (plain Hebb), 1 → 2 (weight 1), 2 ⇝ 3 modulatory (weight 2). */
    private static Network modulated() {
        return network(PlasticityRule.HEBB, settings(10, Normalization.NONE, true), KINDS,
                new double[][] {{0, 3, 0.5, 0.1, 0, 0, 0, 0}, {1, 2, 1.0, 0, 0, 0, 0, 0}, {2, 3, 2.0, 0, 0, 0, 0, 0}});
    }

    @Test
    void withZeroModulatoryInputTheWeightsIntoTheNeuronDoNotChange() {
        Network net = modulated();
        double[] before = weights(net);
        double[] out = new double[1];
        for (int step = 0; step < 100; step++) {
            net.activate(new double[] {1.0, 0.0}, out);
        }
        assertArrayEquals(before, weights(net), 0.0);
    }

    @Test
    void modulatoryInputGatesTheChangeBySignAndSize() {
        double[] out = new double[1];
        Network up = modulated();
        up.activate(new double[] {1.0, 0.5}, out); // m = 2·0.5 = 1: gate tanh(0.5)
        assertEquals(0.5 + Math.tanh(0.5) * 0.1 * 1.0 * 0.5, weights(up)[PLASTIC], 1e-12);
        Network down = modulated();
        down.activate(new double[] {1.0, -0.5}, out); // m = −1: the Hebbian change reverses
        assertEquals(0.5 - Math.tanh(0.5) * 0.1 * 1.0 * 0.5, weights(down)[PLASTIC], 1e-12);
    }

    @Test
    void modulatoryConnectionsCarryNoActivity() {
        double[] out = new double[1];
        Network net = modulated();
        net.activate(new double[] {1.0, 3.0}, out);
        assertEquals(0.5, out[0], 0.0, "the output is w·input alone, whatever the modulator does");
    }

    @Test
    void theTasksSignalModulatesEveryNeuronUntilReset() {
        double[] out = new double[1];
        Network net = modulated();
        net.modulate(2.0);
        net.activate(new double[] {1.0, 0.0}, out);
        assertEquals(0.5 + Math.tanh(1.0) * 0.1 * 0.5, weights(net)[PLASTIC], 1e-12);
        net.reset();
        assertEquals(0.5, weights(net)[PLASTIC], 0.0, "reset restores the genome's weight");
        net.activate(new double[] {1.0, 0.0}, out);
        assertEquals(0.5, weights(net)[PLASTIC], 0.0, "and clears the signal");
    }

    @Test
    void withoutModulationPlasticityIsUngatedAndTheSignalIsIgnored() {
        Network net = network(PlasticityRule.HEBB, settings(10, Normalization.NONE, false),
                new NodeKind[] {NodeKind.INPUT, NodeKind.OUTPUT}, new double[][] {{0, 1, 0.5, 0.1, 0, 0, 0, 0}});
        net.modulate(-100);
        net.activate(new double[] {1.0}, new double[1]);
        assertEquals(0.5 + 0.1 * 0.5, weights(net)[0], 1e-12);
        assertNotEquals(0.5, weights(net)[0]);
    }
}
