package org.neurula.fitness.tmaze;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/**
 * The T-maze tasks; subclasses fix the number of junctions and the default schedule, since a service
 * provider needs a constructor without arguments.
 */
abstract class TMazeProvider implements TaskProvider<TMazeConfig> {

    private final int junctions;

    TMazeProvider(int junctions) {
        this.junctions = junctions;
    }

    @Override
    public Class<TMazeConfig> configType() {
        return TMazeConfig.class;
    }

    @Override
    public Task create(TMazeConfig config) {
        return new TMazeTask(new TMaze(junctions, config));
    }
}
