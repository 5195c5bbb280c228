package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * Contract of {@link DeleteNodeMutation}: input unchanged, output valid, exactly one hidden node
 * removed together with every gene touching it, all other nodes and genes kept; a genome without hidden
 * nodes is returned as is.
 */
class DeleteNodeMutationTest {

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        if (parent.hiddenCount() == 0) {
            assertSame(parent, child);
            return;
        }
        NodeGenes pn = parent.nodes();
        NodeGenes cn = child.nodes();
        assertEquals(pn.size() - 1, cn.size());
        int victim = -1;
        for (int i = 0; i < pn.size(); i++) {
            int j = cn.indexOf(pn.id(i));
            if (j < 0) {
                assertEquals(NodeKind.HIDDEN, pn.kind(i), "a non-hidden node was deleted");
                victim = pn.id(i);
            } else {
                assertEquals(pn.kind(i), cn.kind(j));
                assertEquals(pn.bias(i), cn.bias(j));
                assertEquals(pn.activation(i), cn.activation(j));
            }
        }
        ConnectionGenes pc = parent.connections();
        ConnectionGenes cc = child.connections();
        int kept = 0;
        for (int i = 0; i < pc.size(); i++) {
            boolean touches = pc.source(i) == victim || pc.target(i) == victim;
            int j = cc.indexOf(pc.innovation(i));
            assertEquals(!touches, j >= 0, "gene " + pc.innovation(i) + " kept or dropped wrongly");
            if (j >= 0) {
                MutationContracts.assertSameGene(pc, i, cc, j);
                assertEquals(pc.enabled(i), cc.enabled(j));
                kept++;
            }
        }
        assertEquals(kept, cc.size());
        assertTrue(victim >= 0);
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new DeleteNodeMutation(), false,
                DeleteNodeMutationTest::postcondition));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new DeleteNodeMutation(), true,
                DeleteNodeMutationTest::postcondition));
    }
}
