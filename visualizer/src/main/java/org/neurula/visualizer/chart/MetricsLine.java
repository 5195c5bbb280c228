package org.neurula.visualizer.chart;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One generation's values as read from a line of {@code metrics.jsonl}.
 *
 * @param speciesIds the species ids, or {@code null} when the line has none (written before they
 *                   were recorded, or by a run that evolves a vector)
 * @param activity   the champion's dormant ratio, sparsity, weight drift and pruned share, each NaN when
 *                   the line has no {@code championActivity}
 */
record MetricsLine(int generation, long evaluations, double bestFitness, double meanFitness, double stdFitness,
        double meanHiddenNodes, double meanEnabledConnections, double evaluationsPerSecond, int[] speciesIds,
        int[] speciesSizes, double[] activity) {

    /** The keys of {@code championActivity}, in the order of {@link #activity}. */
    static final String[] ACTIVITY_KEYS = {"dormantRatio", "sparsity", "weightDrift", "prunedShare"};

    /** The hint given for a line that parses as JSON but does not hold what a run writes. */
    private static final String EDITED = "every line written by `neurula run` has it; was the file edited or written"
            + " by another program? Restore the line or re-run";

    /**
     * Reads a parsed line. Lines of runs that evolve a vector (the fixed-topology baseline,
     * {@code "algorithm": "fixed-topology"}, and developmental programs, {@code "ndp"}) need only generation, evaluations, best and mean fitness; NEAT lines need everything but
     * {@code timing} and {@code speciesIds}.
     *
     * @param where "file line N", the start of every error message
     */
    static MetricsLine parse(JsonNode line, String where) {
        if (!line.isObject()) {
            throw new MetricsFormatException(where + ": a JSON " + line.getNodeType().toString().toLowerCase()
                    + " where a JSON object {\"generation\": ...} was expected; " + EDITED);
        }
        String algorithm = line.path("algorithm").asText();
        boolean baseline = "fixed-topology".equals(algorithm) || "ndp".equals(algorithm);
        int generation = (int) wholeNumber(line, "generation", where);
        long evaluations = wholeNumber(line, "evaluations", where);
        double best = number(line, "bestFitness", where, true);
        double mean = number(line, "meanFitness", where, true);
        double std = number(line, "stdFitness", where, !baseline);
        double hidden = number(line.path("hiddenNodes"), "mean", where, "hiddenNodes.mean", !baseline);
        double connections = number(line.path("enabledConnections"), "mean", where, "enabledConnections.mean",
                !baseline);
        double perSecond = number(line.path("timing"), "evaluationsPerSecond", where,
                "timing.evaluationsPerSecond", false);
        int[] sizes = wholeNumbers(line, "speciesSizes", where, !baseline);
        int[] ids = wholeNumbers(line, "speciesIds", where, false);
        if (sizes == null) {
            sizes = new int[0];
        }
        if (ids != null && ids.length != sizes.length) {
            throw new MetricsFormatException(where + ": \"speciesIds\" has " + ids.length
                    + " entries but \"speciesSizes\" has " + sizes.length + "; they should be parallel. " + EDITED);
        }
        JsonNode activityNode = line.path("championActivity");
        double[] activity = new double[ACTIVITY_KEYS.length];
        for (int k = 0; k < activity.length; k++) {
            activity[k] = number(activityNode, ACTIVITY_KEYS[k], where, "championActivity." + ACTIVITY_KEYS[k], false);
        }
        return new MetricsLine(generation, evaluations, best, mean, std, hidden, connections, perSecond, ids, sizes,
                activity);
    }

    private static long wholeNumber(JsonNode line, String key, String where) {
        JsonNode value = line.get(key);
        if (value == null || value.isNull()) {
            throw missing(where, key, "a whole number");
        }
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw wrongType(where, key, value, "a whole number >= 0");
        }
        return value.asLong();
    }

    private static double number(JsonNode line, String key, String where, boolean required) {
        return number(line, key, where, key, required);
    }

    /** A number; Jackson writes NaN and infinities as the strings "NaN", "Infinity", "-Infinity". */
    private static double number(JsonNode parent, String key, String where, String path, boolean required) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw missing(where, path, "a number");
            }
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            switch (value.asText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw wrongType(where, path, value, "a number");
    }

    private static int[] wholeNumbers(JsonNode line, String key, String where, boolean required) {
        JsonNode value = line.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw missing(where, key, "an array of whole numbers");
            }
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(where, key, value, "an array of whole numbers");
        }
        int[] numbers = new int[value.size()];
        for (int i = 0; i < numbers.length; i++) {
            JsonNode element = value.get(i);
            if (!element.isIntegralNumber() || element.asLong() < 0 || element.asLong() > Integer.MAX_VALUE) {
                throw wrongType(where, key + "[" + i + "]", element, "a whole number >= 0");
            }
            numbers[i] = element.asInt();
        }
        return numbers;
    }

    private static MetricsFormatException missing(String where, String path, String expected) {
        return new MetricsFormatException(where + ": no \"" + path + "\" (" + expected + "); " + EDITED);
    }

    private static MetricsFormatException wrongType(String where, String path, JsonNode value, String expected) {
        String shown = value.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "...";
        }
        return new MetricsFormatException(where + ": \"" + path + "\" is " + shown + ", expected " + expected
                + "; " + EDITED);
    }
}
