package org.neurula.runs.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.network.PlasticityBlueprint;
import org.neurula.neat.plasticity.PlasticityRule;

class PhenotypeJsonTest {

    private static NetworkBlueprint grown(boolean plastic) {
        int[] ids = {0, 1, 2, 3};
        NodeKind[] kinds = {NodeKind.INPUT, NodeKind.BIAS, NodeKind.OUTPUT, NodeKind.HIDDEN};
        ActivationFunction[] f = {Activation.IDENTITY, Activation.IDENTITY, Activation.TANH, Activation.SIGMOID};
        double[] biases = {0, 0, 0.25, -0.5};
        int[] sources = {0, 3, 1};
        int[] targets = {3, 2, 2};
        double[] weights = {1.5, -2.0, 0.125};
        PlasticityBlueprint rule = plastic ? new PlasticityBlueprint(PlasticityRule.values()[0],
                new double[] {0.1, 1, 0, 0, 0, 0.2, 0, 1, 0, 0, 0.3, 0, 0, 1, 0}) : null;
        return new NetworkBlueprint(ids, kinds, f, biases, sources, targets, weights, false, rule,
                Positions.of(2, -1, -1, 0, -1, 0, 1, 0.5, 0));
    }

    @Test
    void roundTripKeepsEveryNodeConnectionAndPosition() {
        NetworkBlueprint before = grown(true);
        ObjectNode json = PhenotypeJson.of(before);
        NetworkBlueprint after = PhenotypeJson.read(json, ActivationRegistry.withBuiltIns());
        assertArrayEquals(before.nodeIds(), after.nodeIds());
        assertArrayEquals(before.kinds(), after.kinds());
        assertArrayEquals(before.activations(), after.activations());
        assertArrayEquals(before.biases(), after.biases());
        assertArrayEquals(before.sources(), after.sources());
        assertArrayEquals(before.targets(), after.targets());
        assertArrayEquals(before.weights(), after.weights());
        assertEquals(before.positions(), after.positions());
        assertEquals(before.plasticity().rule(), after.plasticity().rule());
        assertArrayEquals(before.plasticity().parameters(), after.plasticity().parameters());
        double[] x = {0.7};
        assertArrayEquals(new NetworkCompiler(1).compile(before).activate(x),
                new NetworkCompiler(1).compile(after).activate(x));
    }

    @Test
    void staticNetworkWithoutPositionsStaysSo() {
        NetworkBlueprint b = grown(false);
        NetworkBlueprint plain = new NetworkBlueprint(b.nodeIds(), b.kinds(), b.activations(), b.biases(),
                b.sources(), b.targets(), b.weights(), false);
        NetworkBlueprint after = PhenotypeJson.read(PhenotypeJson.of(plain), ActivationRegistry.withBuiltIns());
        assertNull(after.positions());
        assertNull(after.plasticity());
    }

    @Test
    void malformedPhenotypeNamesTheField() {
        ObjectNode json = PhenotypeJson.of(grown(false));
        ((ObjectNode) json.get("nodes").get(1)).putArray("at").add(1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhenotypeJson.read(json, ActivationRegistry.withBuiltIns()));
        assertTrue(e.getMessage().contains("node 1") && e.getMessage().contains("'at'"), e.getMessage());
        ObjectNode dangling = PhenotypeJson.of(grown(false));
        ((ObjectNode) dangling.get("connections").get(0)).put("to", 9);
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> PhenotypeJson.read(dangling, ActivationRegistry.withBuiltIns()));
        assertTrue(range.getMessage().contains("out of range"), range.getMessage());
    }
}
