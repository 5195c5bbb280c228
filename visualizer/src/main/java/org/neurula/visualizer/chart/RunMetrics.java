package org.neurula.visualizer.chart;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The per-generation values of a run's {@code metrics.jsonl}, one array element per generation in
 * increasing generation order. Values a line did not record (the fixed-topology baseline writes no
 * species, complexity or timing; timing may have been stripped) are {@link Double#NaN}, and such a
 * generation has no species.
 *
 * <p>The arrays are copied on the way in and on the way out, so a {@code RunMetrics} never changes.
 *
 * @param generations            the generation numbers, strictly increasing
 * @param evaluations            evaluations done so far, at the end of each generation
 * @param bestFitness            the champion's fitness
 * @param meanFitness            the population's mean fitness
 * @param stdFitness             the standard deviation of the population's fitness
 * @param meanHiddenNodes        mean number of hidden nodes per genome
 * @param meanEnabledConnections mean number of enabled connections per genome
 * @param evaluationsPerSecond   evaluation throughput (wall clock, from {@code timing})
 * @param speciesIds             per generation, the ids of the species alive
 * @param speciesSizes           per generation, the sizes of those species (parallel to {@code speciesIds})
 * @param speciesIdsRecorded     whether the ids are real species ids; {@code false} for files written
 *                               before {@code speciesIds} existed, whose species are numbered by their
 *                               position in the line (1, 2, ...)
 * @param championActivity       the generation champion's activity over one lifetime
 */
public record RunMetrics(int[] generations, long[] evaluations, double[] bestFitness, double[] meanFitness,
        double[] stdFitness, double[] meanHiddenNodes, double[] meanEnabledConnections,
        double[] evaluationsPerSecond, int[][] speciesIds, int[][] speciesSizes, boolean speciesIdsRecorded,
        ActivityMetrics championActivity) {

    /** Checks that every array has one element per generation and copies them. */
    public RunMetrics {
        int n = generations.length;
        if (n == 0) {
            throw new IllegalArgumentException("run metrics need at least one generation");
        }
        if (evaluations.length != n || bestFitness.length != n || meanFitness.length != n
                || stdFitness.length != n || meanHiddenNodes.length != n || meanEnabledConnections.length != n
                || evaluationsPerSecond.length != n || speciesIds.length != n || speciesSizes.length != n
                || championActivity.size() != n) {
            throw new IllegalArgumentException("every run metrics array needs one element per generation (" + n + ")");
        }
        for (int i = 1; i < n; i++) {
            if (generations[i] <= generations[i - 1]) {
                throw new IllegalArgumentException("generations must increase: " + generations[i - 1] + " then "
                        + generations[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (speciesIds[i].length != speciesSizes[i].length) {
                throw new IllegalArgumentException("generation " + generations[i] + " has " + speciesIds[i].length
                        + " species ids but " + speciesSizes[i].length + " species sizes");
            }
        }
        generations = generations.clone();
        evaluations = evaluations.clone();
        bestFitness = bestFitness.clone();
        meanFitness = meanFitness.clone();
        stdFitness = stdFitness.clone();
        meanHiddenNodes = meanHiddenNodes.clone();
        meanEnabledConnections = meanEnabledConnections.clone();
        evaluationsPerSecond = evaluationsPerSecond.clone();
        speciesIds = deepCopy(speciesIds);
        speciesSizes = deepCopy(speciesSizes);
    }

    /**
     * Reads a run's {@code metrics.jsonl}. Blank lines are skipped; when a generation occurs more than
     * once (a resumed run appends), its last line wins.
     *
     * @throws MetricsFormatException if the file is missing, unreadable, empty, or a line is not a
     *                                metrics record; the message names the file and line
     */
    public static RunMetrics read(Path metricsJsonl) {
        return MetricsFileReader.read(metricsJsonl);
    }

    /** The number of generations. */
    public int size() {
        return generations.length;
    }

    /** The index of the last generation. */
    public int lastIndex() {
        return generations.length - 1;
    }

    /** Every species id that occurs in any generation, in increasing order. */
    public int[] allSpeciesIds() {
        TreeSet<Integer> ids = new TreeSet<>();
        for (int[] row : speciesIds) {
            for (int id : row) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The size of species {@code speciesId} in the generation at {@code index}, 0 if it is not alive then. */
    public int speciesSize(int index, int speciesId) {
        int[] ids = speciesIds[index];
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == speciesId) {
                return speciesSizes[index][k];
            }
        }
        return 0;
    }

    @Override
    public int[] generations() {
        return generations.clone();
    }

    @Override
    public long[] evaluations() {
        return evaluations.clone();
    }

    @Override
    public double[] bestFitness() {
        return bestFitness.clone();
    }

    @Override
    public double[] meanFitness() {
        return meanFitness.clone();
    }

    @Override
    public double[] stdFitness() {
        return stdFitness.clone();
    }

    @Override
    public double[] meanHiddenNodes() {
        return meanHiddenNodes.clone();
    }

    @Override
    public double[] meanEnabledConnections() {
        return meanEnabledConnections.clone();
    }

    @Override
    public double[] evaluationsPerSecond() {
        return evaluationsPerSecond.clone();
    }

    @Override
    public int[][] speciesIds() {
        return deepCopy(speciesIds);
    }

    @Override
    public int[][] speciesSizes() {
        return deepCopy(speciesSizes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunMetrics m
                && Arrays.equals(generations, m.generations)
                && Arrays.equals(evaluations, m.evaluations)
                && Arrays.equals(bestFitness, m.bestFitness)
                && Arrays.equals(meanFitness, m.meanFitness)
                && Arrays.equals(stdFitness, m.stdFitness)
                && Arrays.equals(meanHiddenNodes, m.meanHiddenNodes)
                && Arrays.equals(meanEnabledConnections, m.meanEnabledConnections)
                && Arrays.equals(evaluationsPerSecond, m.evaluationsPerSecond)
                && Arrays.deepEquals(speciesIds, m.speciesIds)
                && Arrays.deepEquals(speciesSizes, m.speciesSizes)
                && speciesIdsRecorded == m.speciesIdsRecorded
                && championActivity.equals(m.championActivity);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(generations);
        h = 31 * h + Arrays.hashCode(bestFitness);
        h = 31 * h + Arrays.hashCode(meanFitness);
        h = 31 * h + Arrays.deepHashCode(speciesSizes);
        return h;
    }

    @Override
    public String toString() {
        return "RunMetrics[generations " + generations[0] + ".." + generations[generations.length - 1] + " ("
                + generations.length + "), best fitness " + bestFitness[bestFitness.length - 1] + " at the end]";
    }

    private static int[][] deepCopy(int[][] rows) {
        int[][] copy = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
