package org.neurula.fitness.pole;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** Provides {@link DpvTask} under the id {@code dpv}. */
public final class DpvProvider implements TaskProvider<DpvConfig> {

    @Override
    public String id() {
        return "dpv";
    }

    @Override
    public String description() {
        return "double pole balancing with velocities (Wieland 1991); fitness = steps balanced, solved at 100,000";
    }

    @Override
    public Class<DpvConfig> configType() {
        return DpvConfig.class;
    }

    @Override
    public DpvConfig defaults() {
        return new DpvConfig(100_000, 0.07);
    }

    @Override
    public Task create(DpvConfig config) {
        positive(config.steps(), "steps");
        angle(config.startAngle());
        return new DpvTask(config);
    }

    private static void positive(int value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
    }

    private static void angle(double startAngle) {
        if (!(Math.abs(startAngle) < DpvTask.FAILURE_ANGLE)) {
            throw new IllegalArgumentException("startAngle must lie within the failure angle of 36 degrees "
                    + "(0.628 rad), was " + startAngle);
        }
    }
}
