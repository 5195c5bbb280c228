package org.neurula.visualizer.replay;

/**
 * A recorded lifetime.
 *
 * @param trace the weights through the recorded steps
 * @param steps the activation steps the whole lifetime took (more than {@code trace.steps() - 1} when
 *              the recording stopped at its limit)
 */
public record Recording(WeightTrace trace, long steps) {

    /** Whether the lifetime was longer than the recording. */
    public boolean truncated() {
        return steps > trace.steps() - 1;
    }
}
