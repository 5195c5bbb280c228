package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeChecks;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * The contract every mutation operator must keep, checked over a few hundred random genomes: the
 * input genome is not modified, the output is valid (nodes exist, innovations strictly increase, no
 * link into an input or the bias, acyclic in feed-forward runs), the input, bias and output nodes stay,
 * weights and biases stay within the limit; then the operator's own postcondition. Not a test itself.
 */
final class MutationContracts {

    /** An operator's own postcondition, given the parent, the child and the context used. */
    @FunctionalInterface
    interface Postcondition {
        void check(Genome parent, Genome child, VariationContext context);
    }

    /** What a run of the contract saw. */
    record Outcome(int applications, int changed) {
    }

    private MutationContracts() {
    }

    /** Random genomes grown with all operators, sharing {@code tracker}. */
    static List<Genome> samples(NeatParameters p, InnovationTracker tracker, InitialGenomes init, long seed,
            int count) {
        VariationContext context = TestGenomes.context(new SplittableRandom(seed), tracker, p);
        List<Genome> genomes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            genomes.add(TestGenomes.random(init, context, 25, true));
        }
        return genomes;
    }

    /** Checks the contract of {@code mutation} in feed-forward or recurrent runs with default parameters. */
    static Outcome check(Mutation mutation, boolean recurrent, Postcondition post) {
        return check(mutation, TestGenomes.parameters(recurrent), post);
    }

    /** Checks the contract of {@code mutation} under parameters {@code p}. */
    static Outcome check(Mutation mutation, NeatParameters p, Postcondition post) {
        boolean recurrent = p.genome().recurrent();
        InitialGenomes init = TestGenomes.initial(3, 2, p);
        InnovationTracker tracker = init.newTracker();
        List<Genome> genomes = samples(p, tracker, init, recurrent ? 7 : 3, 300);
        SplittableRandom random = new SplittableRandom(99);
        int applications = 0;
        int changed = 0;
        for (Genome parent : genomes) {
            for (int rep = 0; rep < 3; rep++) {
                Genome before = TestGenomes.copy(parent);
                VariationContext context = TestGenomes.context(random.split(), tracker, p);
                Genome child = mutation.apply(parent, context);
                applications++;
                assertEquals(before, parent, "the mutation modified its input");
                GenomeChecks.assertValid(child, recurrent);
                GenomeChecks.assertSameInterface(parent, child);
                GenomeChecks.assertWeightsWithin(child, p.genome().weightLimit());
                if (!child.equals(parent)) {
                    changed++;
                }
                post.check(parent, child, context);
            }
        }
        return new Outcome(applications, changed);
    }

    /** Asserts that gene {@code i} of {@code a} and gene {@code j} of {@code b} agree in all but the enabled flag. */
    static void assertSameGene(ConnectionGenes a, int i, ConnectionGenes b, int j) {
        assertEquals(a.innovation(i), b.innovation(j));
        assertEquals(a.source(i), b.source(j));
        assertEquals(a.target(i), b.target(j));
        assertEquals(a.weight(i), b.weight(j));
    }

    /** Asserts most applications changed the genome, so the postconditions were really exercised. */
    static void assertMostlyChanged(Outcome outcome) {
        assertTrue(outcome.changed() > outcome.applications() / 2,
                "only " + outcome.changed() + " of " + outcome.applications() + " applications changed the genome");
    }
}
