package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * Contract of {@link DeleteConnectionMutation}: input unchanged, output valid, exactly one connection
 * gene removed, every other gene and every node kept; a genome without genes is returned as is.
 */
class DeleteConnectionMutationTest {

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        ConnectionGenes pc = parent.connections();
        if (pc.size() == 0) {
            assertSame(parent, child);
            return;
        }
        assertEquals(parent.nodes(), child.nodes());
        ConnectionGenes cc = child.connections();
        assertEquals(pc.size() - 1, cc.size());
        for (int j = 0; j < cc.size(); j++) {
            int i = pc.indexOf(cc.innovation(j));
            assertTrue(i >= 0, "gene appeared");
            MutationContracts.assertSameGene(pc, i, cc, j);
            assertEquals(pc.enabled(i), cc.enabled(j));
        }
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new DeleteConnectionMutation(), false,
                DeleteConnectionMutationTest::postcondition));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new DeleteConnectionMutation(), true,
                DeleteConnectionMutationTest::postcondition));
    }
}
