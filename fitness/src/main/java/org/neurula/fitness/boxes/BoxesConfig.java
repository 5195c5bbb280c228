package org.neurula.fitness.boxes;

/**
 * Parameters of the visual discrimination ("boxes") task.
 *
 * @param resolution  units along each side of the visual and the target field: 11 (the paper's field
 *                    during evolution) or 11 times an odd number up to 99 (33 and 55 are the paper's
 *                    scaled fields); the boxes and their offsets scale with it
 * @param solvedError a network counts as solved when its mean distance error (in cells of the 11 × 11
 *                    field) is at most this; 0 asks for the exact centre in every trial
 */
public record BoxesConfig(int resolution, double solvedError) {

    /** The largest scale factor accepted (99 × 99 fields: 9,801 inputs and outputs). */
    static final int MAX_SCALE = 9;

    /**
     * Checks every value; the message names the key and what is allowed.
     *
     * @throws IllegalArgumentException on the first value out of range
     */
    public void check() {
        int scale = resolution / BoxTrial.FIELD;
        if (resolution % BoxTrial.FIELD != 0 || scale % 2 == 0 || scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("resolution must be 11 times an odd number (11, 33, 55, 77 or 99) "
                    + "so that every box has a centre unit, was " + resolution);
        }
        if (!(solvedError >= 0) || Double.isInfinite(solvedError)) {
            throw new IllegalArgumentException("solvedError must be a finite number >= 0 (a mean distance in "
                    + "cells of the 11 x 11 field), was " + solvedError);
        }
    }
}
