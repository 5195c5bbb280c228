package org.neurula.neat.random;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Derives independent random generators from a run seed. Every random draw of a run comes from a
 * generator for a (generation, id, purpose) key, so results do not depend on how many threads
 * evaluate genomes or in which order they finish. There is no global random state: the run seed is
 * the whole random state of a run.
 *
 * <pre>{@code
 * RandomGenerator r = new RandomSource(42).generator(7, genomeId, Purpose.EVALUATION);
 * }</pre>
 *
 * @param seed the run seed
 */
public record RandomSource(long seed) {

    /** A fresh generator for the key; equal keys give generators producing equal sequences. */
    public RandomGenerator generator(long generation, long id, Purpose purpose) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ generation);
        h = mix(h ^ (id * 0xBF58476D1CE4E5B9L));
        h = mix(h ^ (purpose.ordinal() + 1L) * 0x94D049BB133111EBL);
        return new SplittableRandom(h);
    }

    /** The SplitMix64 finalizer: a bijective mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
