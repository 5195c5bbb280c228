package org.neurula.fitness.tmaze;

/** What the T-maze agent does at a step, read from its single output in [−1, 1]. */
public enum Action {
    /** Output below −1/3. */
    LEFT,
    /** Output within [−1/3, 1/3]. */
    STRAIGHT,
    /** Output above 1/3. */
    RIGHT;

    /** The action an output value selects (a NaN output selects {@link #STRAIGHT}). */
    public static Action of(double output) {
        if (output < -1.0 / 3) {
            return LEFT;
        }
        if (output > 1.0 / 3) {
            return RIGHT;
        }
        return STRAIGHT;
    }

    /** The turn that undoes this one on the way back. */
    public Action opposite() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case STRAIGHT -> STRAIGHT;
        };
    }
}
