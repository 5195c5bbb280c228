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
        ConfigChecks.positive(config.steps(), "steps");
        ConfigChecks.startAngle(config.startAngle());
        return new DpvTask(config);
    }
}
