package org.neurula.neat.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link RandomSource}: equal (seed, generation, id, purpose) keys give equal sequences, and
 * changing any one part of the key gives a different sequence.
 */
class RandomSourceTest {

    private static long[] draw(RandomGenerator g) {
        long[] values = new long[16];
        for (int i = 0; i < values.length; i++) {
            values[i] = g.nextLong();
        }
        return values;
    }

    private static long[] draw(long seed, long generation, long id, Purpose purpose) {
        return draw(new RandomSource(seed).generator(generation, id, purpose));
    }

    @Test
    void sameKeySameSequence() {
        RandomSource source = new RandomSource(42);
        assertArrayEquals(draw(source.generator(7, 13, Purpose.EVALUATION)),
                draw(source.generator(7, 13, Purpose.EVALUATION)));
        assertArrayEquals(draw(42, 7, 13, Purpose.EVALUATION), draw(new RandomSource(42).generator(7, 13,
                Purpose.EVALUATION)));
        assertEquals(new RandomSource(42).generator(0, 0, Purpose.VARIATION).nextDouble(),
                new RandomSource(42).generator(0, 0, Purpose.VARIATION).nextDouble());
    }

    @Test
    void eachPartOfTheKeyMatters() {
        long[] base = draw(42, 7, 13, Purpose.EVALUATION);
        assertFalse(Arrays.equals(base, draw(43, 7, 13, Purpose.EVALUATION)), "seed");
        assertFalse(Arrays.equals(base, draw(42, 8, 13, Purpose.EVALUATION)), "generation");
        assertFalse(Arrays.equals(base, draw(42, 7, 14, Purpose.EVALUATION)), "id");
        assertFalse(Arrays.equals(base, draw(42, 7, 13, Purpose.VARIATION)), "purpose");
        assertFalse(Arrays.equals(draw(42, 1, 2, Purpose.EVALUATION), draw(42, 2, 1, Purpose.EVALUATION)),
                "generation and id swapped");
    }

    @Test
    void gridOfKeysGivesDistinctSequences() {
        Set<Long> first = new HashSet<>();
        int keys = 0;
        for (long generation = 0; generation < 20; generation++) {
            for (long id = 0; id < 50; id++) {
                for (Purpose purpose : Purpose.values()) {
                    first.add(new RandomSource(0).generator(generation, id, purpose).nextLong());
                    keys++;
                }
            }
        }
        assertEquals(keys, first.size(), "two keys started with the same draw");
    }

    @Test
    void drawsLookUniform() {
        RandomGenerator g = new RandomSource(5).generator(0, 0, Purpose.REPRODUCTION);
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += g.nextDouble();
        }
        assertEquals(0.5, sum / n, 4 * Math.sqrt(1.0 / 12 / n));
    }
}
