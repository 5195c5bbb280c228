package org.neurula.fitness.pole;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** Provides {@link PoleTask} under the id {@code pole}. */
public final class PoleProvider implements TaskProvider<PoleConfig> {

    @Override
    public String id() {
        return "pole";
    }

    @Override
    public String description() {
        return "single pole, bang-bang force, worst of random starts; solved when every start balances the whole minute";
    }

    @Override
    public Class<PoleConfig> configType() {
        return PoleConfig.class;
    }

    @Override
    public PoleConfig defaults() {
        return new PoleConfig(3000, 5);
    }

    @Override
    public Task create(PoleConfig config) {
        ConfigChecks.positive(config.steps(), "steps");
        ConfigChecks.positive(config.starts(), "starts");
        return new PoleTask(config);
    }
}
