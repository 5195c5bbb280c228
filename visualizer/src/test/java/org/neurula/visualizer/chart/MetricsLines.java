package org.neurula.visualizer.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Writes {@code metrics.jsonl} lines shaped like the ones a run writes; test support, not a test. */
final class MetricsLines {

    private MetricsLines() {
    }

    /**
     * One NEAT metrics line. {@code species} alternates id and size: {@code 3, 40, 7, 110} is species
     * 3 with 40 members and species 7 with 110.
     */
    static String line(int generation, double best, int... species) {
        return line(generation, best, 0.0, 0.0, species);
    }

    /**
     * One NEAT metrics line whose champion prunes {@code prunedShare} of its synapses and whose weights
     * drift by {@code weightDrift}; dormant ratio and sparsity rise with the generation.
     */
    static String line(int generation, double best, double prunedShare, double weightDrift, int... species) {
        String line = neatLine(generation, best, species);
        return line.substring(0, line.length() - 1) + (",\"championActivity\":{\"dormantRatio\":%s,\"sparsity\":%s,"
                + "\"weightDrift\":%s,\"prunedShare\":%s}}").formatted(0.1 + 0.01 * (generation % 30),
                        0.2 + 0.01 * (generation % 50), weightDrift, prunedShare);
    }

    private static String neatLine(int generation, double best, int... species) {
        int[] ids = new int[species.length / 2];
        int[] sizes = new int[species.length / 2];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = species[2 * k];
            sizes[k] = species[2 * k + 1];
        }
        return ("{\"generation\":%d,\"evaluations\":%d,\"generationEvaluations\":150,\"bestFitness\":%s,"
                + "\"meanFitness\":%s,\"stdFitness\":%s,\"solved\":false,\"championId\":%d,\"failedEvaluations\":0,"
                + "\"speciesThreshold\":3.0,\"species\":%d,\"speciesSizes\":%s,\"speciesIds\":%s,"
                + "\"hiddenNodes\":{\"mean\":%s,\"max\":%d},\"enabledConnections\":{\"mean\":%s,\"max\":%d},"
                + "\"timing\":{\"evaluationSeconds\":0.03,\"generationSeconds\":0.07,\"elapsedSeconds\":%s,"
                + "\"evaluationsPerSecond\":%s}}").formatted(
                        generation, 150L * (generation + 1), best, best / 2, 1.0 + generation * 0.1,
                        100 + generation, ids.length, json(sizes), json(ids), generation * 0.25, generation,
                        3 + generation * 0.5, 3 + generation, 0.1 * generation, 4000.0 + 100 * generation);
    }

    /** {@code count} generations from 0 with rising fitness and one or two species. */
    static List<String> rising(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(g -> g < count / 2 ? line(g, 5 + g * 0.3, 1, 150) : line(g, 5 + g * 0.3, 1, 90, 2, 60))
                .toList();
    }

    /** Writes {@code lines} to {@code dir/metrics.jsonl}. */
    static Path write(Path dir, List<String> lines) {
        try {
            return Files.write(dir.resolve("metrics.jsonl"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
