package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.TestGenomes;

/**
 * Contract of {@link WeightMutation}: input unchanged, output valid, the structure kept and shared
 * ({@code sharesStructureWith}), nodes and enabled flags untouched, every weight changed (unless clipping
 * holds it at the limit), weights clipped to the limit, and
 * pure perturbation ({@code weightPerturbation = 1}) moving each weight by a small step only.
 */
class WeightMutationTest {

    private static void sameStructure(Genome parent, Genome child, VariationContext context) {
        ConnectionGenes pc = parent.connections();
        ConnectionGenes cc = child.connections();
        if (pc.size() == 0) {
            assertSame(parent, child);
            return;
        }
        assertTrue(cc.sharesStructureWith(pc), "weight mutation must share the structure arrays");
        assertSame(parent.nodes(), child.nodes());
        assertArrayEquals(pc.enabledFlags(), cc.enabledFlags());
        double limit = context.parameters().genome().weightLimit();
        for (int i = 0; i < pc.size(); i++) {
            assertTrue(pc.weight(i) != cc.weight(i) || Math.abs(cc.weight(i)) == limit,
                    "weight unchanged (and not held at the limit by clipping)");
        }
    }

    private static NeatParameters with(double weightLimit, double perturbation, double stdDev) {
        NeatParameters p = TestGenomes.parameters(false);
        GenomeParameters g = p.genome();
        MutationParameters m = p.mutation();
        return p.withGenome(new GenomeParameters(g.hiddenActivation(), g.outputActivation(), g.activationChoices(),
                        false, g.initialWeightStdDev(), weightLimit, g.initialConnectivity()))
                .withMutation(new MutationParameters(m.addNode(), m.addConnection(), m.addConnectionAttempts(),
                        m.weightMutation(), perturbation, stdDev, m.biasMutation(), m.toggleEnable(), m.reenable(),
                        m.deleteConnection(), m.deleteNode(), m.changeActivation()));
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(
                MutationContracts.check(new WeightMutation(), false, WeightMutationTest::sameStructure));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(
                MutationContracts.check(new WeightMutation(), true, WeightMutationTest::sameStructure));
    }

    @Test
    void weightsAreClippedToTheLimit() {
        int[] atLimit = {0};
        NeatParameters p = with(0.5, 0.9, 3.0);
        MutationContracts.check(new WeightMutation(), p, (parent, child, context) -> {
            for (double w : child.connections().weights()) {
                assertTrue(Math.abs(w) <= 0.5);
                atLimit[0] += Math.abs(w) == 0.5 ? 1 : 0;
            }
        });
        assertTrue(atLimit[0] > 0, "large steps must hit the limit");
    }

    @Test
    void perturbationOnlyMovesWeightsSlightly() {
        NeatParameters p = with(8.0, 1.0, 1e-6);
        MutationContracts.check(new WeightMutation(), p, (parent, child, context) -> {
            ConnectionGenes pc = parent.connections();
            for (int i = 0; i < pc.size(); i++) {
                assertEquals(pc.weight(i), child.connections().weight(i), 1e-4);
            }
        });
    }
}
