package org.neurula.runs.config;

import org.neurula.neat.config.NeatParameters;

/**
 * A whole run config: the run section, the task, and the NEAT parameters (sections {@code genome},
 * {@code mutation}, {@code crossover}, {@code speciation}, {@code reproduction}, {@code network}).
 *
 * @param run        how long and how to run
 * @param task       what to solve
 * @param parameters the NEAT parameters
 */
public record RunConfig(RunSection run, TaskSpec task, NeatParameters parameters) {

    /** With another run section. */
    public RunConfig withRun(RunSection value) {
        return new RunConfig(value, task, parameters);
    }
}
