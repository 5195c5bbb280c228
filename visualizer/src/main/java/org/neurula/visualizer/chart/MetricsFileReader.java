package org.neurula.visualizer.chart;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Reads {@code metrics.jsonl} into {@link RunMetrics}; see {@link RunMetrics#read(Path)}. */
final class MetricsFileReader {

    /** Strict about trailing garbage, lenient about NaN written without quotes. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private MetricsFileReader() {
    }

    static RunMetrics read(Path file) {
        List<String> lines = readLines(file);
        if (!lines.isEmpty() && !endsWithNewline(file) && !parses(lines.getLast())) {
            // a run writing (or killed while writing) its newest line: that generation is not there yet
            lines = lines.subList(0, lines.size() - 1);
        }
        int lastContentLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                lastContentLine = i;
            }
        }
        if (lastContentLine < 0) {
            throw new MetricsFormatException(file + " is empty: no generation has finished yet. Wait until the run"
                    + " has finished its first generation, or re-run it if it was stopped before that");
        }
        TreeMap<Integer, MetricsLine> byGeneration = new TreeMap<>();
        for (int i = 0; i <= lastContentLine; i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            String where = file + " line " + (i + 1);
            MetricsLine line = MetricsLine.parse(parseJson(text, where, i == lastContentLine), where);
            byGeneration.put(line.generation(), line); // a resumed run's later line replaces the earlier one
        }
        return assemble(List.copyOf(byGeneration.values()));
    }

    private static boolean parses(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static boolean endsWithNewline(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length == 0) {
                return true;
            }
            raf.seek(length - 1);
            return raf.read() == '\n';
        } catch (IOException e) {
            return true; // reading the lines already succeeded; keep the strict path
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MetricsFormatException(file + " does not exist. A run directory holds metrics.jsonl once the"
                    + " run has started; check the path (it should be a directory written by `neurula run`)", e);
        } catch (MalformedInputException e) {
            throw new MetricsFormatException(file + " is not UTF-8 text, so it is not a metrics file written by"
                    + " `neurula run`; check the path or re-run", e);
        } catch (IOException e) {
            throw new MetricsFormatException("cannot read " + file + ": " + e.getMessage()
                    + "; check that it is a readable file", e);
        }
    }

    private static JsonNode parseJson(String text, String where, boolean lastLine) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
            String hint = lastLine
                    ? "the file may be cut short by a killed run; delete the last line or re-run"
                    : "the line is damaged; delete it or re-run";
            throw new MetricsFormatException(where + ": not JSON (" + e.getOriginalMessage() + column + "); " + hint,
                    e);
        }
    }

    /** Species are numbered by position in every line unless every line records their ids. */
    private static RunMetrics assemble(List<MetricsLine> lines) {
        int n = lines.size();
        boolean idsRecorded = lines.stream().allMatch(l -> l.speciesIds() != null);
        int[] generations = new int[n];
        long[] evaluations = new long[n];
        double[] best = new double[n];
        double[] mean = new double[n];
        double[] std = new double[n];
        double[] hidden = new double[n];
        double[] connections = new double[n];
        double[] perSecond = new double[n];
        int[][] ids = new int[n][];
        int[][] sizes = new int[n][];
        double[][] activity = new double[MetricsLine.ACTIVITY_KEYS.length][n];
        for (int i = 0; i < n; i++) {
            MetricsLine line = lines.get(i);
            generations[i] = line.generation();
            evaluations[i] = line.evaluations();
            best[i] = line.bestFitness();
            mean[i] = line.meanFitness();
            std[i] = line.stdFitness();
            hidden[i] = line.meanHiddenNodes();
            connections[i] = line.meanEnabledConnections();
            perSecond[i] = line.evaluationsPerSecond();
            sizes[i] = line.speciesSizes();
            ids[i] = idsRecorded ? line.speciesIds() : positions(sizes[i].length);
            for (int k = 0; k < activity.length; k++) {
                activity[k][i] = line.activity()[k];
            }
        }
        return new RunMetrics(generations, evaluations, best, mean, std, hidden, connections, perSecond, ids, sizes,
                idsRecorded, new ActivityMetrics(activity[0], activity[1], activity[2], activity[3]));
    }

    private static int[] positions(int count) {
        return IntStream.rangeClosed(1, count).toArray();
    }
}
