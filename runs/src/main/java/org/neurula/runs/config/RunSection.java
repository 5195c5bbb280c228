package org.neurula.runs.config;

/**
 * The {@code run} section of a config.
 *
 * @param name           names the run directory and reports
 * @param seed           the run seed; the same seed gives the same run on any number of threads
 * @param threads        evaluation threads
 * @param generations    the most generations to run
 * @param stopWhenSolved whether to stop at the first generation that meets the task's criterion
 * @param checkpointEvery write a checkpoint every this many generations (0: only at the end and on
 *                        interruption)
 * @param algorithm      {@code neat}; {@code fixed-topology} for the baseline that evolves only the
 *                        weights of a fixed network with Jenetics (section {@code fixedTopology}); or
 *                        {@code ndp} for networks grown from one cell by a neural developmental program
 *                        whose parameters evolve with Jenetics (section {@code ndp})
 */
public record RunSection(String name, long seed, int threads, int generations, boolean stopWhenSolved,
        int checkpointEvery, String algorithm) {

    /** The algorithms a run can use. */
    public static final java.util.List<String> ALGORITHMS = java.util.List.of("neat", "fixed-topology", "ndp");

    /**
     * Defaults: seed 1, one thread, 300 generations (the cap our XOR runs use), stop when solved, a
     * checkpoint every 10 generations.
     */
    public static RunSection defaults() {
        return new RunSection("run", 1, 1, 300, true, 10, "neat");
    }

    /** With another seed. */
    public RunSection withSeed(long value) {
        return new RunSection(name, value, threads, generations, stopWhenSolved, checkpointEvery, algorithm);
    }

    /** With another thread count. */
    public RunSection withThreads(int value) {
        return new RunSection(name, seed, value, generations, stopWhenSolved, checkpointEvery, algorithm);
    }

    /** With another generation cap. */
    public RunSection withGenerations(int value) {
        return new RunSection(name, seed, threads, value, stopWhenSolved, checkpointEvery, algorithm);
    }
}
