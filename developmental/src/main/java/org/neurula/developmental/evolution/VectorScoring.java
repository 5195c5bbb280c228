package org.neurula.developmental.evolution;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.parallel.ParallelRange;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;

/**
 * What both vector evolutions score with: a scorer per thread, a pool of {@code threads} daemon threads
 * (none for one thread), and for every vector a context generator keyed by (seed, generation, place), so
 * a score does not depend on the thread that computes it. Close it to stop the threads.
 */
final class VectorScoring implements AutoCloseable {

    private final RandomSource random;
    private final ExecutorService pool;
    private final ThreadLocal<VectorEvolution.Scorer> perThread;

    VectorScoring(long seed, int threads, Supplier<VectorEvolution.Scorer> scorers, String threadName) {
        this.random = new RandomSource(seed);
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        }) : null;
        this.perThread = ThreadLocal.withInitial(scorers);
    }

    /** Runs {@code task} for 0 … count − 1 on the pool (or this thread), each index once. */
    void forEach(int count, IntConsumer task) {
        ParallelRange.forEach(pool, count, count, "evaluating", task);
    }

    /** The score of {@code vector}, the one at {@code place} of generation {@code generation}, by this thread's scorer. */
    VectorScore score(double[] vector, long generation, int place) {
        return perThread.get().score(vector, new EvaluationContext(
                random.generator(generation, place, Purpose.EVALUATION), generation, place, 0));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
