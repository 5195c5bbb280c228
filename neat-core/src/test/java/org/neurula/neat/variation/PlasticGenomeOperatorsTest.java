package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.plasticity.GeneScope;
import org.neurula.neat.plasticity.Normalization;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;
import org.neurula.neat.speciation.CompatibilityDistance;

/**
 * Contracts of the variation operators on plastic genomes: initial genes within their limits,
 * parameter and rule mutation, inheritance through add-node, add-connection and crossover, modulatory
 * nodes, and the plasticity term of the distance.
 */
class PlasticGenomeOperatorsTest {

    private static final List<PlasticityRule> ALL = List.of(PlasticityRule.values());

    private static PlasticityParameters plasticity(GeneScope scope, List<PlasticityRule> rules, boolean modulated,
            double modulatoryNode) {
        return new PlasticityParameters(true, rules, scope, modulated, modulatoryNode, 0.5, 2.0, 0.8, 0.1, 0.1, 10.0,
                Normalization.NONE, 10.0, 0.8, 0.4, false);
    }

    private static NeatParameters parameters(PlasticityParameters p) {
        return TestGenomes.parameters(true).withPlasticity(p);
    }

    private static InitialGenomes initial(NeatParameters p) {
        return new InitialGenomes(3, 2, p.genome(), Activation.TANH, Activation.IDENTITY, p.plasticity());
    }

    private static void assertWithinLimits(double[] values, PlasticityParameters p) {
        assertEquals(PlasticityGenes.PARAMETERS, values.length);
        assertTrue(Math.abs(values[0]) <= p.etaLimit(), "eta " + values[0]);
        for (int k = 1; k < values.length; k++) {
            assertTrue(Math.abs(values[k]) <= p.coefficientLimit(), "coefficient " + values[k]);
        }
    }

    @Test
    void initialGenomesCarryGenesWithinTheirLimits() {
        PlasticityParameters p = plasticity(GeneScope.CONNECTION, List.of(PlasticityRule.OJA, PlasticityRule.BCM),
                false, 0);
        NeatParameters np = parameters(p);
        InitialGenomes initial = initial(np);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(5);
        java.util.Set<PlasticityRule> seen = java.util.EnumSet.noneOf(PlasticityRule.class);
        for (int i = 0; i < 200; i++) {
            Genome g = initial.create(random, tracker);
            assertTrue(g.isPlastic());
            seen.add(g.plasticity().rule());
            assertTrue(g.connections().hasPlasticity());
            for (int c = 0; c < g.connections().size(); c++) {
                assertWithinLimits(g.connections().plasticityOf(c), p);
            }
        }
        assertEquals(java.util.EnumSet.of(PlasticityRule.OJA, PlasticityRule.BCM), seen, "both allowed rules drawn");
        Genome shared = initial(parameters(plasticity(GeneScope.NETWORK, ALL, false, 0)))
                .create(random, tracker);
        assertTrue(shared.isPlastic());
        assertTrue(!shared.connections().hasPlasticity(), "network-wide genes: none per connection");
        Genome fixed = initial(TestGenomes.parameters(true)).create(random, tracker);
        assertTrue(!fixed.isPlastic() && !fixed.connections().hasPlasticity());
    }

    @Test
    void parameterMutationPerturbsWithinLimitsAndSharesStructure() {
        PlasticityParameters p = plasticity(GeneScope.CONNECTION, ALL, false, 0);
        NeatParameters np = parameters(p);
        InitialGenomes initial = initial(np);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(9);
        Genome genome = initial.create(random, tracker);
        VariationContext context = TestGenomes.context(random, tracker, np);
        Genome child = genome;
        for (int i = 0; i < 500; i++) {
            child = new PlasticityMutation().apply(child, context);
            for (int c = 0; c < child.connections().size(); c++) {
                assertWithinLimits(child.connections().plasticityOf(c), p);
            }
        }
        assertTrue(child.connections().sharesStructureWith(genome.connections()));
        assertNotEquals(genome.connections(), child.connections());
        double[] before = genome.connections().plasticity();
        double[] after = child.connections().plasticity();
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += before[i] != after[i] ? 1 : 0;
        }
        assertEquals(before.length, changed, "every parameter moved");
        // network-wide genes
        NeatParameters shared = parameters(plasticity(GeneScope.NETWORK, ALL, false, 0));
        Genome g = initial(shared).create(random, tracker);
        Genome m = new PlasticityMutation().apply(g, TestGenomes.context(random, tracker, shared));
        assertNotEquals(g.plasticity(), m.plasticity());
        assertEquals(g.plasticity().rule(), m.plasticity().rule());
        assertWithinLimits(m.plasticity().parameters(), shared.plasticity());
        // static genomes pass unchanged
        Genome fixed = initial(TestGenomes.parameters(true)).create(random, tracker);
        assertSame(fixed, new PlasticityMutation().apply(fixed, context));
    }

    @Test
    void ruleMutationSwitchesToAnotherAllowedRule() {
        NeatParameters np = parameters(plasticity(GeneScope.CONNECTION,
                List.of(PlasticityRule.HEBB, PlasticityRule.OJA, PlasticityRule.TEMPORAL), false, 0));
        InitialGenomes initial = initial(np);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(2);
        VariationContext context = TestGenomes.context(random, tracker, np);
        Genome g = initial.create(random, tracker);
        for (int i = 0; i < 100; i++) {
            Genome m = new RuleMutation().apply(g, context);
            assertNotEquals(g.plasticity().rule(), m.plasticity().rule());
            assertTrue(np.plasticity().rules().contains(m.plasticity().rule()));
            assertEquals(g.connections(), m.connections(), "only the rule changes");
            g = m;
        }
        NeatParameters single = parameters(plasticity(GeneScope.CONNECTION, List.of(PlasticityRule.OJA), false, 0));
        Genome one = initial(single).create(random, tracker);
        assertSame(one, new RuleMutation().apply(one, TestGenomes.context(random, tracker, single)));
    }

    @Test
    void addNodeMakesModulatoryNodesThatKeepTheSplitConnectionAndInheritParameters() {
        NeatParameters np = parameters(plasticity(GeneScope.CONNECTION, ALL, true, 1.0));
        InitialGenomes initial = initial(np);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(4);
        Genome g = initial.create(random, tracker);
        Genome child = new AddNodeMutation().apply(g, TestGenomes.context(random, tracker, np));
        assertEquals(1, child.modulatoryCount());
        assertEquals(1, child.hiddenCount(), "a modulatory node is a hidden node");
        assertEquals(0, child.nodes().count(NodeKind.HIDDEN));
        assertEquals(g.enabledConnectionCount() + 2, child.enabledConnectionCount(),
                "the split connection stays enabled beside the two new ones");
        ConnectionGenes genes = child.connections();
        int newNode = child.nodes().id(child.nodes().indexOfKind(NodeKind.MODULATORY, 0));
        int into = -1;
        for (int c = 0; c < genes.size(); c++) {
            if (genes.target(c) == newNode) {
                into = c;
            }
        }
        int split = g.connections().find(genes.source(into), child.connections().target(genes.size() - 1));
        assertTrue(split >= 0);
        for (int c = genes.size() - 2; c < genes.size(); c++) {
            assertEquals(java.util.Arrays.toString(g.connections().plasticityOf(split)),
                    java.util.Arrays.toString(genes.plasticityOf(c)), "new genes inherit the split gene's parameters");
        }
        assertEquals(g.plasticity(), child.plasticity());
        // without modulation the new node is an ordinary hidden node and the split gene is disabled
        NeatParameters plain = parameters(plasticity(GeneScope.CONNECTION, ALL, false, 0));
        Genome hidden = new AddNodeMutation().apply(g, TestGenomes.context(random, tracker, plain));
        assertEquals(1, hidden.hiddenCount());
        assertEquals(g.enabledConnectionCount() + 1, hidden.enabledConnectionCount());
    }

    @Test
    void addConnectionGivesTheNewGeneParametersWithinLimits() {
        PlasticityParameters p = plasticity(GeneScope.CONNECTION, ALL, false, 0);
        NeatParameters np = parameters(p);
        InitialGenomes initial = initial(np);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(6);
        VariationContext context = TestGenomes.context(random, tracker, np);
        Genome g = new AddNodeMutation().apply(initial.create(random, tracker), context);
        Genome child = new AddConnectionMutation().apply(g, context);
        assertEquals(g.connections().size() + 1, child.connections().size());
        for (int c = 0; c < child.connections().size(); c++) {
            assertNotNull(child.connections().plasticityOf(c));
            assertWithinLimits(child.connections().plasticityOf(c), p);
        }
        assertEquals(g.plasticity(), child.plasticity());
    }

    @Test
    void crossoverPassesParametersWithTheirGenesAndSharedGenesFromEitherParent() {
        NeatParameters np = parameters(plasticity(GeneScope.CONNECTION, ALL, false, 0));
        InitialGenomes initial = initial(np);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(8);
        VariationContext context = TestGenomes.context(random, tracker, np);
        Genome a = new AddNodeMutation().apply(initial.create(random, tracker), context);
        Genome b = new AddConnectionMutation().apply(initial.create(random, tracker), context);
        int fromA = 0;
        int fromB = 0;
        for (int i = 0; i < 200; i++) {
            Genome child = new Crossover().mate(a, b, false, context);
            ConnectionGenes genes = child.connections();
            for (int c = 0; c < genes.size(); c++) {
                int inA = a.connections().indexOf(genes.innovation(c));
                int inB = b.connections().indexOf(genes.innovation(c));
                boolean likeA = inA >= 0 && a.connections().weight(inA) == genes.weight(c)
                        && java.util.Arrays.equals(a.connections().plasticityOf(inA), genes.plasticityOf(c));
                boolean likeB = inB >= 0 && b.connections().weight(inB) == genes.weight(c)
                        && java.util.Arrays.equals(b.connections().plasticityOf(inB), genes.plasticityOf(c));
                assertTrue(likeA || likeB, "gene " + genes.innovation(c) + " is one parent's gene, whole");
            }
            if (child.plasticity().equals(a.plasticity())) {
                fromA++;
            } else if (child.plasticity().equals(b.plasticity())) {
                fromB++;
            }
        }
        assertEquals(200, fromA + fromB);
        assertTrue(fromA > 60 && fromB > 60, "shared genes from either parent: " + fromA + " / " + fromB);
    }

    @Test
    void distanceCountsParameterDifferencesAndTheRule() {
        PlasticityParameters p = plasticity(GeneScope.CONNECTION, ALL, false, 0);
        NeatParameters np = parameters(p);
        CompatibilityDistance distance = new CompatibilityDistance(np.speciation(), p);
        Genome x = genome(PlasticityRule.ABCD, 0.1, 0.2);
        assertEquals(0.0, distance.between(x, x), 0.0);
        Genome y = genome(PlasticityRule.ABCD, 0.1, 0.7);
        // one parameter of one of two matching genes differs by 0.5: P̄ = 0.5 / (2 · 5)
        assertEquals(0.4 * 0.5 / 10, distance.between(x, y), 1e-12);
        Genome z = genome(PlasticityRule.OJA, 0.1, 0.2);
        assertEquals(0.4, distance.between(x, z), 1e-12, "a different rule counts as 1");
        assertEquals(0.0, distance.between(x.withPlasticity(null), y.withPlasticity(null)), 0.0,
                "without network-wide plasticity genes the parameters do not count");
    }

    /** Two inputs → one output; the second gene's A is {@code a}. */
    private static Genome genome(PlasticityRule rule, double eta, double a) {
        return new GenomeBuilder()
                .plasticity(new PlasticityGenes(rule, 0, 0, 0, 0, 0))
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.TANH, 0)
                .connection(0, 0, 2, 0.5, true, new double[] {eta, 0.3, 0, 0, 0})
                .connection(1, 1, 2, -0.5, true, new double[] {eta, a, 0, 0, 0})
                .build();
    }

    @Test
    void aGenomeHasParametersOnAllConnectionsOrNone() {
        GenomeBuilder builder = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.OUTPUT, Activation.TANH, 0)
                .node(2, NodeKind.HIDDEN, Activation.TANH, 0)
                .connection(0, 0, 1, 0.5, true, new double[] {0.1, 0, 0, 0, 0})
                .connection(1, 0, 2, 0.5, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("1 of 2 connections carry plasticity parameters"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0).node(1, NodeKind.OUTPUT, Activation.TANH, 0)
                .connection(0, 0, 1, 0.5, true, new double[] {0.1}));
    }
}
