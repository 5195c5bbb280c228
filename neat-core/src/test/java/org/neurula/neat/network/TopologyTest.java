package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;

/**
 * Checks {@link Topology}: depths are longest-path lengths from nodes without inputs, the depth
 * order puts inputs and bias first and every connection forward, and cycles give {@code null}.
 */
class TopologyTest {

    private static NetworkBlueprint blueprint(NodeKind[] kinds, int[] sources, int[] targets) {
        int n = kinds.length;
        int[] ids = new int[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            activations[i] = Activation.IDENTITY;
        }
        return new NetworkBlueprint(ids, kinds, activations, new double[n], sources, targets,
                new double[sources.length], false);
    }

    private static final NodeKind[] KINDS = {NodeKind.OUTPUT, NodeKind.HIDDEN, NodeKind.INPUT, NodeKind.HIDDEN,
        NodeKind.BIAS, NodeKind.HIDDEN};

    @Test
    void depthsAreLongestPaths() {
        // 2 -> 3 -> 1 -> 0, 2 -> 0, 4 -> 1; node 5 isolated
        NetworkBlueprint bp = blueprint(KINDS, new int[] {2, 3, 1, 2, 4}, new int[] {3, 1, 0, 0, 1});
        assertArrayEquals(new int[] {3, 2, 0, 1, 0, 0}, Topology.depths(bp));
        // sources (2, 4) first; then rank depth + 1 with ties by index: 5 (0), 3 (1), 1 (2), 0 (3)
        assertArrayEquals(new int[] {2, 4, 5, 3, 1, 0}, Topology.depthOrder(bp));
    }

    @Test
    void cycleGivesNull() {
        NetworkBlueprint bp = blueprint(KINDS, new int[] {2, 3, 1, 1}, new int[] {3, 1, 0, 3});
        assertNull(Topology.depths(bp));
        assertNull(Topology.depthOrder(bp));
        NetworkBlueprint self = blueprint(KINDS, new int[] {5}, new int[] {5});
        assertNull(Topology.depths(self));
    }
}
