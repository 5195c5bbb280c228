package org.neurula.fitness.tmaze;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Where the high reward lies on each trip of one lifetime: at {@code highEnds[0]} until the first
 * switch trip, then at {@code highEnds[1]}, and so on.
 *
 * @param switchTrips the trips (from 0) on which the high reward has just moved, ascending
 * @param highEnds    the high end before the first switch and after each one (one more than switches)
 */
public record RewardSchedule(int[] switchTrips, int[] highEnds) {

    /** Checks the lengths and the order of the switch trips. */
    public RewardSchedule {
        if (highEnds.length != switchTrips.length + 1) {
            throw new IllegalArgumentException("one high end before the switches and one after each");
        }
        for (int i = 1; i < switchTrips.length; i++) {
            if (switchTrips[i] <= switchTrips[i - 1]) {
                throw new IllegalArgumentException("switch trips must ascend: " + Arrays.toString(switchTrips));
            }
        }
        switchTrips = switchTrips.clone();
        highEnds = highEnds.clone();
    }

    /**
     * Draws a schedule: the first high end uniformly among {@code ends}; switch {@code k} (1-based)
     * at trip {@code round(k·trips/(switches+1))} plus a uniform offset in [−jitter, jitter]; each
     * switch moves the high reward to one of the other ends, uniformly.
     */
    public static RewardSchedule draw(int trips, int switches, int jitter, int ends, RandomGenerator random) {
        int[] at = new int[switches];
        int[] high = new int[switches + 1];
        high[0] = random.nextInt(ends);
        for (int k = 1; k <= switches; k++) {
            int centre = (int) Math.round((double) k * trips / (switches + 1));
            at[k - 1] = centre + (jitter == 0 ? 0 : random.nextInt(-jitter, jitter + 1));
            int other = random.nextInt(ends - 1);
            high[k] = other >= high[k - 1] ? other + 1 : other;
        }
        return new RewardSchedule(at, high);
    }

    /** The end holding the high reward on {@code trip}. */
    public int highEnd(int trip) {
        int s = 0;
        while (s < switchTrips.length && switchTrips[s] <= trip) {
            s++;
        }
        return highEnds[s];
    }

    @Override
    public int[] switchTrips() {
        return switchTrips.clone();
    }

    @Override
    public int[] highEnds() {
        return highEnds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RewardSchedule r && Arrays.equals(switchTrips, r.switchTrips)
                && Arrays.equals(highEnds, r.highEnds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(switchTrips) + Arrays.hashCode(highEnds);
    }

    @Override
    public String toString() {
        return "RewardSchedule[switchTrips=" + Arrays.toString(switchTrips) + ", highEnds=" + Arrays.toString(highEnds)
                + "]";
    }
}
