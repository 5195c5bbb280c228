package org.neurula.visualizer.replay;

/**
 * The weights of a plastic or pruning network's connections through one lifetime: one frame per
 * activation step, frame 0 holding the genome's weights before the first step.
 *
 * @param innovations the innovation number of each traced connection (the genome's enabled,
 *                    activity-carrying connection genes)
 * @param frames      {@code frames[step][k]}: the weight of connection {@code innovations[k]} after step
 *                    {@code step}
 * @param rewards     the modulation signal the task sent during each step (0 where it sent none);
 *                    {@code rewards.length == frames.length}
 * @param fitness     the score of the lifetime
 * @param labels      what to call each traced connection in charts: its source and target node
 *                    ({@code "2 → 5 (c60)"})
 * @param live        {@code live[step][k]}: whether connection {@code innovations[k]} was still there (not
 *                    pruned) after step {@code step}; null for a network that does not prune
 */
public record WeightTrace(int[] innovations, double[][] frames, double[] rewards, double fitness, String[] labels,
        boolean[][] live) {

    /** A trace of a network that keeps all its connections. */
    public WeightTrace(int[] innovations, double[][] frames, double[] rewards, double fitness, String[] labels) {
        this(innovations, frames, rewards, fitness, labels, null);
    }

    /** A trace whose connections are known only by innovation ({@code "c60"}). */
    public WeightTrace(int[] innovations, double[][] frames, double[] rewards, double fitness) {
        this(innovations, frames, rewards, fitness, java.util.Arrays.stream(innovations).mapToObj(i -> "c" + i)
                .toArray(String[]::new), null);
    }

    /** Checks that every frame has one weight per connection. */
    public WeightTrace {
        if (labels.length != innovations.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + innovations.length + " connections");
        }
        if (rewards.length != frames.length) {
            throw new IllegalArgumentException(rewards.length + " rewards for " + frames.length + " frames");
        }
        for (double[] frame : frames) {
            if (frame.length != innovations.length) {
                throw new IllegalArgumentException("a frame has " + frame.length + " weights for "
                        + innovations.length + " connections");
            }
        }
        if (live != null && (live.length != frames.length
                || java.util.Arrays.stream(live).anyMatch(l -> l.length != innovations.length))) {
            throw new IllegalArgumentException("live flags must come one per connection for every frame");
        }
    }

    /** Whether connection {@code k} was there after step {@code step} (always, in a network that does not prune). */
    public boolean isLive(int step, int k) {
        return live == null || live[step][k];
    }

    /** Connections pruned by step {@code step}. */
    public int prunedAt(int step) {
        int pruned = 0;
        for (int k = 0; live != null && k < innovations.length; k++) {
            pruned += live[step][k] ? 0 : 1;
        }
        return pruned;
    }

    /** Number of frames (activation steps + 1). */
    public int steps() {
        return frames.length;
    }

    /** The largest |weight| anywhere in the lifetime, the width scale that keeps frames comparable. */
    public double maxAbsWeight() {
        double max = 0;
        for (double[] frame : frames) {
            for (double w : frame) {
                max = Math.max(max, Math.abs(w));
            }
        }
        return max;
    }
}
