package org.neurula.neat.variation;

import java.util.SplittableRandom;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.CrossoverParameters.EqualFitnessDisjoint;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Hand-built parents for the crossover tests. Nodes: inputs 0 and 1, bias 2, output 3, hidden 4
 * and 5. Innovation {@code i} always links {@link #LINKS}{@code [i]}, as one tracker would issue.
 */
final class CrossoverFixtures {

    static final int[][] LINKS = {
        {0, 3}, {1, 3}, {2, 3}, {0, 4}, {4, 3}, {1, 4}, {0, 5}, {5, 3}, {2, 4}, {1, 5}, {4, 5},
    };

    private CrossoverFixtures() {
    }

    /**
     * A parent holding nodes 0..{@code lastNode} and the given innovations, gene {@code i} with
     * weight {@code weightBase + i}, node {@code n} with bias {@code weightBase + n / 100}; genes
     * listed in {@code disabled} are disabled.
     */
    static Genome parent(int lastNode, double weightBase, ActivationFunction hidden, int[] innovations,
            int... disabled) {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0.0)
                .node(3, NodeKind.OUTPUT, Activation.SIGMOID, weightBase + 0.03);
        for (int n = 4; n <= lastNode; n++) {
            b.node(n, NodeKind.HIDDEN, hidden, weightBase + n / 100.0);
        }
        for (int i : innovations) {
            boolean enabled = true;
            for (int d : disabled) {
                enabled &= d != i;
            }
            b.connection(i, LINKS[i][0], LINKS[i][1], weightBase + i, enabled);
        }
        return b.build();
    }

    /** A context with default parameters except the equal-fitness rule and recurrence. */
    static VariationContext context(long seed, EqualFitnessDisjoint rule, boolean recurrent) {
        return context(new SplittableRandom(seed), rule, recurrent);
    }

    /** A context drawing from {@code random}. */
    static VariationContext context(SplittableRandom random, EqualFitnessDisjoint rule, boolean recurrent) {
        NeatParameters p = TestGenomes.withEqualFitnessDisjoint(TestGenomes.parameters(recurrent), rule);
        return TestGenomes.context(random, new InnovationTracker(6), p);
    }
}
