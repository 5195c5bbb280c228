package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Contract of {@link AddNodeMutation}: input unchanged, output valid, and when it changes the genome
 * exactly one new hidden node (with the configured hidden activation) splits one formerly enabled gene
 * a→b, which is now disabled, through a→n with weight 1.0 and n→b with the old weight; every other gene
 * is kept as it was. A genome without enabled genes is returned unchanged.
 */
class AddNodeMutationTest {

    private static void postcondition(Genome parent, Genome child, VariationContext context) {
        if (child.equals(parent)) {
            return;
        }
        assertEquals(parent.hiddenCount() + 1, child.hiddenCount());
        NodeGenes pn = parent.nodes();
        NodeGenes cn = child.nodes();
        assertEquals(pn.size() + 1, cn.size());
        int newNode = -1;
        for (int i = 0; i < cn.size(); i++) {
            if (!pn.contains(cn.id(i))) {
                newNode = cn.id(i);
                assertEquals(NodeKind.HIDDEN, cn.kind(i));
                assertEquals(context.parameters().genome().hiddenActivation(), cn.activation(i).id());
            } else {
                int j = pn.indexOf(cn.id(i));
                assertEquals(pn.kind(j), cn.kind(i));
                assertEquals(pn.bias(j), cn.bias(i));
                assertEquals(pn.activation(j), cn.activation(i));
            }
        }
        ConnectionGenes pc = parent.connections();
        ConnectionGenes cc = child.connections();
        assertEquals(pc.size() + 2, cc.size());
        int split = -1;
        for (int i = 0; i < pc.size(); i++) {
            int j = cc.indexOf(pc.innovation(i));
            assertTrue(j >= 0, "gene " + pc.innovation(i) + " lost");
            MutationContracts.assertSameGene(pc, i, cc, j);
            if (pc.enabled(i) && !cc.enabled(j)) {
                assertEquals(-1, split, "more than one gene disabled");
                split = i;
            } else {
                assertEquals(pc.enabled(i), cc.enabled(j), "enabled flag of an unsplit gene changed");
            }
        }
        assertTrue(split >= 0, "no gene was disabled");
        int in = cc.find(pc.source(split), newNode);
        int out = cc.find(newNode, pc.target(split));
        assertTrue(in >= 0 && out >= 0, "split genes missing");
        assertEquals(1.0, cc.weight(in));
        assertEquals(pc.weight(split), cc.weight(out));
        assertTrue(cc.enabled(in) && cc.enabled(out));
        assertTrue(pc.indexOf(cc.innovation(in)) < 0, "new genes need new innovations");
        assertTrue(pc.indexOf(cc.innovation(out)) < 0);
    }

    @Test
    void contractFeedForward() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new AddNodeMutation(), false,
                AddNodeMutationTest::postcondition));
    }

    @Test
    void contractRecurrent() {
        MutationContracts.assertMostlyChanged(MutationContracts.check(new AddNodeMutation(), true,
                AddNodeMutationTest::postcondition));
    }

    @Test
    void splitsTheOnlyEnabledGeneOfAHandBuiltGenome() {
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .connection(0, 0, 2, -1.25, true)
                .connection(1, 1, 2, 0.5, false)
                .build();
        InnovationTracker tracker = new InnovationTracker(3);
        tracker.connectionInnovation(0, 2);
        tracker.connectionInnovation(1, 2);
        Genome child = null;
        for (int seed = 0; seed < 100 && (child == null || child.equals(g)); seed++) {
            child = new AddNodeMutation().apply(g,
                    TestGenomes.context(new SplittableRandom(seed), tracker, TestGenomes.parameters(false)));
        }
        assertNotNull(child);
        assertEquals(1, child.hiddenCount());
        assertTrue(child.nodes().contains(3));
        ConnectionGenes c = child.connections();
        assertFalse(c.enabled(c.indexOf(0)));
        assertEquals(1.0, c.weight(c.find(0, 3)));
        assertEquals(-1.25, c.weight(c.find(3, 2)));
        assertEquals(Activation.STEEPENED_SIGMOID, child.nodes().activation(child.nodes().indexOf(3)));
    }

    @Test
    void nothingToSplitReturnsTheInput() {
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .connection(0, 0, 2, 1.0, false)
                .build();
        VariationContext context = TestGenomes.context(new SplittableRandom(1), new InnovationTracker(3),
                TestGenomes.parameters(false));
        assertTrue(new AddNodeMutation().apply(g, context) == g);
    }

    @Test
    void randomHiddenActivationDrawsEveryChoiceAndNothingElse() {
        Genome g = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .connection(0, 0, 2, -1.25, true)
                .build();
        org.neurula.neat.config.NeatParameters base = TestGenomes.parameters(false);
        org.neurula.neat.config.GenomeParameters d = base.genome();
        java.util.List<String> choices = java.util.List.of("sine", "gaussian", "abs");
        org.neurula.neat.config.NeatParameters random = base.withGenome(new org.neurula.neat.config.GenomeParameters(
                org.neurula.neat.config.GenomeParameters.RANDOM_ACTIVATION, d.outputActivation(), choices, false,
                d.initialWeightStdDev(), d.weightLimit(), d.initialConnectivity()));
        java.util.Map<String, Integer> drawn = new java.util.TreeMap<>();
        for (int seed = 0; seed < 300; seed++) {
            InnovationTracker tracker = new InnovationTracker(3);
            tracker.connectionInnovation(0, 2);
            Genome child = new AddNodeMutation().apply(g,
                    TestGenomes.context(new SplittableRandom(seed), tracker, random));
            if (child.hiddenCount() == 1) {
                drawn.merge(child.nodes().activation(child.nodes().indexOf(3)).id(), 1, Integer::sum);
            }
        }
        assertEquals(java.util.Set.copyOf(choices), drawn.keySet(), "drawn: " + drawn);
        for (int count : drawn.values()) {
            assertTrue(count > 60, "each of three choices about a third of the time: " + drawn);
        }
    }
}
