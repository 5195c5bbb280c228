package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * Contract of {@link ChangeActivationMutation}: input unchanged, output valid, connections kept, node
 * ids, kinds and biases kept, and at most one node's activation changed, that node hidden and its new
 * function one of {@code genome.activationChoices}; a genome without hidden nodes is returned as is.
 */
class ChangeActivationMutationTest {

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        if (parent.hiddenCount() == 0) {
            assertSame(parent, child);
            return;
        }
        assertSame(parent.connections(), child.connections());
        NodeGenes pn = parent.nodes();
        NodeGenes cn = child.nodes();
        assertTrue(cn.sharesStructureWith(pn));
        int changed = 0;
        for (int i = 0; i < pn.size(); i++) {
            assertEquals(pn.bias(i), cn.bias(i));
            if (pn.activation(i) != cn.activation(i)) {
                changed++;
                assertEquals(NodeKind.HIDDEN, pn.kind(i), "activation of a non-hidden node changed");
                assertTrue(context.parameters().genome().activationChoices().contains(cn.activation(i).id()));
            }
        }
        assertTrue(changed <= 1, changed + " activations changed");
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new ChangeActivationMutation(), false,
                ChangeActivationMutationTest::postcondition));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new ChangeActivationMutation(), true,
                ChangeActivationMutationTest::postcondition));
    }
}
