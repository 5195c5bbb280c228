package org.neurula.runs.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * Summary statistics of a sample: mean, median, sample standard deviation, min, max. An empty
 * sample gives nulls.
 *
 * @param n      sample size
 * @param mean   arithmetic mean
 * @param median middle value (mean of the two middle values for even n)
 * @param std    sample standard deviation (n − 1 in the denominator; 0 for n = 1)
 * @param min    smallest value
 * @param max    largest value
 */
public record Statistics(int n, double mean, double median, double std, double min, double max) {

    /** The statistics of {@code values}. */
    public static Statistics of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Statistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Statistics(n, mean, median, n > 1 ? Math.sqrt(squares / (n - 1)) : 0.0, sorted[0], sorted[n - 1]);
    }

    /** As {@code {"n","mean","median","std","min","max"}}, with nulls for an empty sample. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("n", n);
        put(node, "mean", mean);
        put(node, "median", median);
        put(node, "std", std);
        put(node, "min", min);
        put(node, "max", max);
        return node;
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
