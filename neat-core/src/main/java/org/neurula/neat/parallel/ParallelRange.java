package org.neurula.neat.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a task for every index of a range on an executor's threads, in contiguous chunks, and waits
 * for all of them: the one place the engine's parallel steps (evaluation, speciation, breeding) wait
 * for futures. Tasks must write only to their own indices; then the result does not depend on the
 * number of threads.
 */
public final class ParallelRange {

    private ParallelRange() {
    }

    /**
     * Calls {@code task} for each index in [0, {@code size}), split into at most {@code chunks}
     * contiguous chunks on {@code executor}, or on the calling thread when {@code executor} is null or
     * there is one chunk.
     *
     * @param what what the tasks do ("evaluating"), for the message of an unexpected failure
     * @throws IllegalStateException if a task throws (with its exception as the cause) or the calling
     *                               thread is interrupted
     */
    public static void forEach(ExecutorService executor, int size, int chunks, String what, IntConsumer task) {
        int count = Math.max(1, Math.min(chunks, size));
        if (executor == null || count == 1) {
            for (int i = 0; i < size; i++) {
                task.accept(i);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int from = (int) ((long) size * c / count);
            int to = (int) ((long) size * (c + 1) / count);
            futures.add(executor.submit(() -> {
                for (int i = from; i < to; i++) {
                    task.accept(i);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + what, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("unexpected failure while " + what, e.getCause());
            }
        }
    }
}
