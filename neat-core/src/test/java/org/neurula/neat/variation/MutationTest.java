package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Checks the {@link Mutation} combinators: {@code andThen} applies both operators in order, and
 * {@code withProbability} applies its operator with the given probability (never at 0, always at 1,
 * about 30 % of the time at 0.3).
 */
class MutationTest {

    private final NeatParameters p = NeatParameters.defaults();
    private final InitialGenomes init = TestGenomes.initial(2, 1, p);
    private final InnovationTracker tracker = init.newTracker();
    private final Genome genome = init.create(new SplittableRandom(1), tracker);

    @Test
    void andThenRunsInOrder() {
        List<String> calls = new ArrayList<>();
        Mutation first = (g, c) -> {
            calls.add("first");
            return g;
        };
        Mutation second = (g, c) -> {
            calls.add("second");
            return g;
        };
        first.andThen(second).apply(genome, TestGenomes.context(new SplittableRandom(1), tracker, p));
        assertEquals(List.of("first", "second"), calls);
    }

    @Test
    void andThenFeedsTheFirstResultToTheSecond() {
        Genome middle = init.create(new SplittableRandom(2), tracker);
        Genome last = init.create(new SplittableRandom(3), tracker);
        Mutation first = (g, c) -> {
            assertSame(genome, g);
            return middle;
        };
        Mutation second = (g, c) -> {
            assertSame(middle, g);
            return last;
        };
        assertSame(last, first.andThen(second).apply(genome, TestGenomes.context(new SplittableRandom(1), tracker, p)));
    }

    @Test
    void withProbability() {
        int[] applied = {0};
        Mutation counting = (g, c) -> {
            applied[0]++;
            return g;
        };
        VariationContext c = TestGenomes.context(new SplittableRandom(5), tracker, p);
        for (int k = 0; k < 1000; k++) {
            assertSame(genome, Mutation.withProbability(0.0, counting).apply(genome, c));
        }
        assertEquals(0, applied[0]);
        for (int k = 0; k < 1000; k++) {
            Mutation.withProbability(1.0, counting).apply(genome, c);
        }
        assertEquals(1000, applied[0]);
        applied[0] = 0;
        int n = 10_000;
        for (int k = 0; k < n; k++) {
            Mutation.withProbability(0.3, counting).apply(genome, c);
        }
        assertEquals(0.3, applied[0] / (double) n, 4 * Math.sqrt(0.3 * 0.7 / n));
    }
}
