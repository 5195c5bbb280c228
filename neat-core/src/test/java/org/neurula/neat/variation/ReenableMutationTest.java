package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * Contract of {@link ReenableMutation}: input unchanged, output valid (still acyclic in feed-forward
 * runs), exactly one disabled gene enabled and nothing else changed; a genome without disabled genes
 * is returned as is.
 */
class ReenableMutationTest {

    private static int withDisabled;

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        ConnectionGenes pc = parent.connections();
        if (pc.enabledCount() == pc.size()) {
            assertSame(parent, child);
            return;
        }
        withDisabled++;
        ConnectionGenes cc = child.connections();
        assertTrue(cc.sharesStructureWith(pc));
        assertSame(parent.nodes(), child.nodes());
        assertArrayEquals(pc.weights(), cc.weights());
        int enabled = 0;
        for (int i = 0; i < pc.size(); i++) {
            if (pc.enabled(i) != cc.enabled(i)) {
                assertTrue(cc.enabled(i), "an enabled gene was disabled");
                enabled++;
            }
        }
        assertEquals(1, enabled);
        assertEquals(pc.enabledCount() + 1, cc.enabledCount());
    }

    @Test
    void contractFeedForward() {
        withDisabled = 0;
        MutationContracts.check(new ReenableMutation(), false, ReenableMutationTest::postcondition);
        assertTrue(withDisabled > 300, "too few sample genomes had disabled genes: " + withDisabled);
    }

    @Test
    void contractRecurrent() {
        withDisabled = 0;
        MutationContracts.check(new ReenableMutation(), true, ReenableMutationTest::postcondition);
        assertTrue(withDisabled > 300, "too few sample genomes had disabled genes: " + withDisabled);
    }
}
