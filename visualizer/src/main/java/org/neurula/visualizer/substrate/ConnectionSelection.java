package org.neurula.visualizer.substrate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The connections of a grown network that a picture draws: all of them, or only the {@code max}
 * strongest by |weight| (ties keep the earlier connection), so that a network of thousands of
 * connections stays readable.
 *
 * @param kept      the indices of the drawn connections, weakest first (so the strongest are drawn on top)
 * @param total     how many connections the network has
 * @param threshold the smallest |weight| drawn (0 when nothing is drawn)
 */
public record ConnectionSelection(int[] kept, int total, double threshold) {

    /** Whether some connections are left out. */
    public boolean capped() {
        return kept.length < total;
    }

    /**
     * The {@code max} strongest of {@code weights} ({@code max <= 0}: all).
     */
    public static ConnectionSelection strongest(double[] weights, int max) {
        int total = weights.length;
        int count = max <= 0 ? total : Math.min(max, total);
        Integer[] order = IntStream.range(0, total).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(c -> -Math.abs(weights[c])).thenComparingInt(c -> c));
        int[] kept = new int[count];
        for (int k = 0; k < count; k++) {
            kept[k] = order[count - 1 - k];
        }
        double threshold = count == 0 ? 0 : Math.abs(weights[kept[0]]);
        return new ConnectionSelection(kept, total, threshold);
    }
}
