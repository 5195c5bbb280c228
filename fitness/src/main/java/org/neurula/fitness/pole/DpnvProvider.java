package org.neurula.fitness.pole;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** Provides {@link DpnvTask} under the id {@code dpnv}. */
public final class DpnvProvider implements TaskProvider<DpnvConfig> {

    @Override
    public String id() {
        return "dpnv";
    }

    @Override
    public String description() {
        return "double pole without velocities (needs genome.recurrent: true); Gruau damping fitness, then the 100,000-step and 625-start tests";
    }

    @Override
    public Class<DpnvConfig> configType() {
        return DpnvConfig.class;
    }

    @Override
    public DpnvConfig defaults() {
        return new DpnvConfig(1000, 100_000, 200, 0.07);
    }

    @Override
    public Task create(DpnvConfig config) {
        ConfigChecks.positive(config.trialSteps(), "trialSteps");
        ConfigChecks.positive(config.testSteps(), "testSteps");
        if (config.generalizationThreshold() < 0 || config.generalizationThreshold() > 625) {
            throw new IllegalArgumentException("generalizationThreshold must lie in 0..625, was "
                    + config.generalizationThreshold());
        }
        ConfigChecks.startAngle(config.startAngle());
        return new DpnvTask(config);
    }
}
