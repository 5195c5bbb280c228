package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;

/**
 * Contract of {@link BiasMutation}: input unchanged, output valid, connection genes kept (the same
 * object), node ids and kinds shared, activations kept, input and bias nodes' biases untouched, every
 * hidden and output bias changed (unless clipping holds it at the limit) and within the weight limit.
 */
class BiasMutationTest {

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        assertSame(parent.connections(), child.connections());
        NodeGenes pn = parent.nodes();
        NodeGenes cn = child.nodes();
        assertTrue(cn.sharesStructureWith(pn));
        for (int i = 0; i < pn.size(); i++) {
            assertEquals(pn.activation(i), cn.activation(i));
            if (pn.kind(i).isSource()) {
                assertEquals(pn.bias(i), cn.bias(i), "input or bias node's bias changed");
            } else {
                double limit = context.parameters().genome().weightLimit();
                assertTrue(pn.bias(i) != cn.bias(i) || Math.abs(cn.bias(i)) == limit,
                        "bias of a computed node unchanged (and not held at the limit by clipping)");
            }
        }
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(
                MutationContracts.check(new BiasMutation(), false, BiasMutationTest::postcondition));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(
                MutationContracts.check(new BiasMutation(), true, BiasMutationTest::postcondition));
    }
}
