package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.MutationParameters.SplitChoice;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.ReleaseOptions;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Which gene {@link AddNodeMutation} splits in a small genome under {@code splitChoice}. On a hand-built
 * genome whose genes, oldest first, are: bias→out, a disabled in0→out, in1→out (the oldest eligible gene),
 * bias→hidden, in0→hidden, a disabled hidden→out and in1→hidden, {@code RELEASE} splits in1→out with
 * probability 0.7 and in0→hidden with 0.3·0.7 (the bias gene between them is passed over), never a
 * disabled or bias gene, and adds no node when its walk stops at the disabled hidden→out gene or runs
 * off the end. {@code OLDER} (the default) splits the oldest eligible gene far less often. Frequencies
 * over 20,000 mutations with a fixed seed must lie within four binomial standard deviations.
 */
class SplitChoiceTest {

    private static final int DRAWS = 20_000;

    /** Innovations 0..6 of the genome described above; node 4 is hidden. */
    private static final int[][] GENES = {{2, 3}, {0, 3}, {1, 3}, {2, 4}, {0, 4}, {4, 3}, {1, 4}};
    private static final boolean[] ENABLED = {true, false, true, true, true, false, true};

    private final InnovationTracker tracker = new InnovationTracker(5);

    private Genome genome() {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .node(4, NodeKind.HIDDEN, Activation.SIGMOID, 0);
        for (int g = 0; g < GENES.length; g++) {
            int innovation = tracker.connectionInnovation(GENES[g][0], GENES[g][1]);
            b.connection(innovation, GENES[g][0], GENES[g][1], 0.5 + g, ENABLED[g]);
        }
        return b.build();
    }

    /** How often each gene was split over {@link #DRAWS} mutations; the last slot counts no split. */
    private int[] splits(SplitChoice choice) {
        Genome parent = genome();
        NeatParameters p = ReleaseOptions.splitChoice(TestGenomes.parameters(false), choice);
        VariationContext context = TestGenomes.context(new SplittableRandom(2024), tracker, p);
        ConnectionGenes before = parent.connections();
        int[] counts = new int[GENES.length + 1];
        for (int d = 0; d < DRAWS; d++) {
            Genome child = new AddNodeMutation().apply(parent, context);
            if (child == parent) {
                counts[GENES.length]++;
                continue;
            }
            ConnectionGenes after = child.connections();
            int split = -1;
            for (int g = 0; g < before.size(); g++) {
                if (before.enabled(g) && !after.enabled(after.indexOf(before.innovation(g)))) {
                    split = g;
                }
            }
            assertTrue(split >= 0, "a node was added without splitting a gene");
            counts[split]++;
        }
        return counts;
    }

    private static void assertFrequency(double expected, int count, String what) {
        double std = Math.sqrt(expected * (1 - expected) / DRAWS);
        assertEquals(expected, count / (double) DRAWS, 4 * std, what);
    }

    @Test
    void releaseSplitsTheOldestEligibleGeneSeventyPercentOfTheTime() {
        int[] counts = splits(SplitChoice.RELEASE);
        assertFrequency(0.7, counts[2], "oldest eligible gene in1->out");
        assertFrequency(0.3 * 0.7, counts[4], "in0->hidden, after passing the bias gene");
        assertFrequency(0.3 * 0.3 * 0.3 * 0.7, counts[6], "in1->hidden, after passing the disabled gene");
        assertFrequency(0.3 * 0.3 * (0.7 + 0.3 * 0.3), counts[GENES.length],
                "no split: the walk stops at the disabled gene or runs off the end");
    }

    @Test
    void releaseNeverSplitsADisabledOrBiasGene() {
        int[] counts = splits(SplitChoice.RELEASE);
        for (int g : new int[] {0, 1, 3, 5}) {
            assertEquals(0, counts[g], "gene " + g + " is disabled or leaves the bias");
        }
    }

    @Test
    void olderSplitsTheOldestEligibleGeneFarLessOften() {
        int[] counts = splits(SplitChoice.OLDER);
        // a walk stops at gene k with probability 0.3·0.7^k and starts over at an ineligible gene
        double[] stop = new double[GENES.length];
        double eligible = 0;
        for (int g : new int[] {2, 4, 6}) {
            stop[g] = 0.3 * Math.pow(0.7, g);
            eligible += stop[g];
        }
        assertFrequency(stop[2] / eligible, counts[2], "oldest eligible gene in1->out");
        assertFrequency(stop[4] / eligible, counts[4], "in0->hidden");
        for (int g : new int[] {0, 1, 3, 5}) {
            assertEquals(0, counts[g], "gene " + g + " is disabled or leaves the bias");
        }
        assertTrue(counts[2] < 0.65 * DRAWS, "OLDER must not behave like RELEASE: " + counts[2]);
    }

    @Test
    void releaseSplitsOnlyEligibleGenesOfRandomGenomes() {
        NeatParameters p = ReleaseOptions.splitChoice(TestGenomes.parameters(false), SplitChoice.RELEASE);
        int[] small = {0};
        MutationContracts.Outcome outcome = MutationContracts.check(new AddNodeMutation(), p, (parent, child, c) -> {
            if (child == parent) {
                return;
            }
            ConnectionGenes before = parent.connections();
            ConnectionGenes after = child.connections();
            small[0] += before.size() < AddNodeMutation.SMALL_GENOME ? 1 : 0;
            int splits = 0;
            for (int g = 0; g < before.size(); g++) {
                if (before.enabled(g) && !after.enabled(after.indexOf(before.innovation(g)))) {
                    splits++;
                    int source = parent.nodes().indexOf(before.source(g));
                    assertTrue(parent.nodes().kind(source) != NodeKind.BIAS, "split a gene leaving the bias");
                }
            }
            assertEquals(1, splits, "exactly one formerly enabled gene is split");
        });
        assertTrue(outcome.changed() > 0);
        assertTrue(small[0] > 100, "small genomes exercised: " + small[0]);
    }
}
