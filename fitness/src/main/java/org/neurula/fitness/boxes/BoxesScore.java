package org.neurula.fitness.boxes;

/**
 * How one network did on the visual discrimination trials: the fitness and the error behind it.
 *
 * @param fitness           {@code 10 + Σ max(0, 30 − d²)} over the trials (see {@link BoxesTask})
 * @param meanDistanceError the mean distance d between the chosen unit and the large box's centre, in
 *                          cells of the 11 × 11 field whatever the resolution, so that errors at 11 × 11
 *                          and 33 × 33 compare directly
 * @param exactTrials       trials in which the chosen unit is the large box's centre
 * @param centreCellTrials  trials in which the chosen unit lies in the large box's centre cell of the
 *                          11 × 11 field (one of its s × s units at resolution 11·s; at 11 × 11 the same as
 *                          {@code exactTrials})
 * @param trials            trials run (75)
 */
public record BoxesScore(double fitness, double meanDistanceError, int exactTrials, int centreCellTrials,
        int trials) {
}
