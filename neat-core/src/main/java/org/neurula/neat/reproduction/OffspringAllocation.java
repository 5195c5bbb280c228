package org.neurula.neat.reproduction;

/**
 * Splits an exact number of offspring among species in proportion to their weights (their summed
 * shared fitness), by the largest-remainder method: each gets the floor of its exact share, and the
 * remaining offspring go to the largest fractional parts (ties to the lower index). Species that are
 * not eligible get none; if no eligible species has positive weight, eligible species share equally.
 * With a minimum (neat-python's {@code min_species_size}), every eligible species first gets that many
 * and the rest is split so.
 */
public final class OffspringAllocation {

    private OffspringAllocation() {
    }

    /**
     * Offspring per species; the counts sum to {@code total} whenever some species is eligible.
     *
     * @param weights  non-negative weight per species
     * @param eligible whether each species may reproduce
     * @param total    the number of offspring to hand out
     */
    public static int[] allocate(double[] weights, boolean[] eligible, int total) {
        return allocate(weights, eligible, total, 0);
    }

    /**
     * Offspring per species, each eligible species getting at least {@code minimum} of them (or, when
     * {@code total} cannot give every eligible species that many, {@code total / eligible} each); the
     * counts sum to {@code total} whenever some species is eligible.
     *
     * @param minimum offspring every eligible species gets before the proportional split; 0 for none
     */
    public static int[] allocate(double[] weights, boolean[] eligible, int total, int minimum) {
        int eligibleCount = 0;
        for (boolean e : eligible) {
            eligibleCount += e ? 1 : 0;
        }
        int floor = eligibleCount == 0 ? 0 : Math.min(minimum, total / eligibleCount);
        int[] counts = proportional(weights, eligible, total - floor * eligibleCount);
        for (int s = 0; s < counts.length; s++) {
            if (eligible[s]) {
                counts[s] += floor;
            }
        }
        return counts;
    }

    private static int[] proportional(double[] weights, boolean[] eligible, int total) {
        int n = weights.length;
        double[] w = new double[n];
        double largest = 0;
        int eligibleCount = 0;
        for (int s = 0; s < n; s++) {
            if (eligible[s]) {
                w[s] = Math.max(0.0, weights[s]);
                largest = Math.max(largest, w[s]);
                eligibleCount++;
            }
        }
        double sum = 0;
        if (largest > 0 && Double.isFinite(largest)) {
            for (int s = 0; s < n; s++) {
                w[s] /= largest; // scaled to at most 1, so huge weights cannot overflow the sum
                sum += w[s];
            }
        }
        int[] counts = new int[n];
        if (eligibleCount == 0) {
            return counts;
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            sum = 0;
            for (int s = 0; s < n; s++) {
                w[s] = eligible[s] ? 1.0 : 0.0;
                sum += w[s];
            }
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int s = 0; s < n; s++) {
            double exact = total * w[s] / sum;
            counts[s] = (int) Math.floor(exact);
            remainder[s] = eligible[s] ? exact - counts[s] : -1.0;
            given += counts[s];
        }
        while (given < total) {
            int best = -1;
            for (int s = 0; s < n; s++) {
                if (eligible[s] && (best < 0 || remainder[s] > remainder[best])) {
                    best = s;
                }
            }
            counts[best]++;
            remainder[best] -= 2.0;
            given++;
        }
        return counts;
    }
}
