package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** {@code retina}: Kashtan &amp; Alon's left-and-right retina (see {@link TruthTable#retina()}). */
public final class RetinaProvider implements TaskProvider<RetinaConfig> {

    @Override
    public String id() {
        return "retina";
    }

    @Override
    public String description() {
        return "left & right retina (Kashtan & Alon 2005): 8 pixels, 256 patterns, two outputs "
                + "(left half shows a left object, right half a right object)";
    }

    @Override
    public Class<RetinaConfig> configType() {
        return RetinaConfig.class;
    }

    @Override
    public RetinaConfig defaults() {
        return new RetinaConfig();
    }

    @Override
    public Task create(RetinaConfig config) {
        return new TruthTableTask(TruthTable.retina());
    }
}
