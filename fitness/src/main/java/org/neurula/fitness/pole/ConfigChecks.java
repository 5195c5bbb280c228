package org.neurula.fitness.pole;

/** Range checks shared by the pole-balancing providers; messages name the config key. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    /** Requires {@code value >= 1}. */
    static void positive(int value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
    }

    /** Requires the long pole's start angle to lie inside the 36° failure angle. */
    static void startAngle(double startAngle) {
        if (!(Math.abs(startAngle) < DpvTask.FAILURE_ANGLE)) {
            throw new IllegalArgumentException("startAngle must lie within the failure angle of 36 degrees "
                    + "(0.628 rad), was " + startAngle);
        }
    }
}
