package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * Contract of {@link ToggleEnableMutation}: input unchanged, output valid (still acyclic in
 * feed-forward runs), exactly one gene's enabled flag flipped, structure shared, weights and nodes kept.
 */
class ToggleEnableMutationTest {

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        ConnectionGenes pc = parent.connections();
        ConnectionGenes cc = child.connections();
        if (pc.size() == 0) {
            assertSame(parent, child);
            return;
        }
        assertTrue(cc.sharesStructureWith(pc));
        assertSame(parent.nodes(), child.nodes());
        assertArrayEquals(pc.weights(), cc.weights());
        int flipped = 0;
        for (int i = 0; i < pc.size(); i++) {
            flipped += pc.enabled(i) != cc.enabled(i) ? 1 : 0;
        }
        assertEquals(1, flipped);
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(
                MutationContracts.check(new ToggleEnableMutation(), false, ToggleEnableMutationTest::postcondition));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(
                MutationContracts.check(new ToggleEnableMutation(), true, ToggleEnableMutationTest::postcondition));
    }
}
