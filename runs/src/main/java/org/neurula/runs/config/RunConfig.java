package org.neurula.runs.config;

import org.neurula.neat.config.NeatParameters;

/**
 * A whole run config: the run section, the task, the NEAT parameters (sections {@code genome},
 * {@code mutation}, {@code crossover}, {@code speciation}, {@code reproduction}, {@code network},
 * {@code plasticity}) and
 * the fixed-topology baseline's section.
 *
 * @param run        how long and how to run
 * @param task       what to solve
 * @param parameters    the NEAT parameters
 * @param fixedTopology the fixed-topology baseline's settings (used with {@code run.algorithm: fixed-topology})
 */
public record RunConfig(RunSection run, TaskSpec task, NeatParameters parameters, FixedTopologySection fixedTopology) {

    /** With another run section. */
    public RunConfig withRun(RunSection value) {
        return new RunConfig(value, task, parameters, fixedTopology);
    }

    /** The same config with plasticity blocked: plastic genomes become their static networks. */
    public RunConfig withPlasticityBlocked() {
        return new RunConfig(run, task, parameters.withPlasticity(parameters.plasticity().withBlocked(true)),
                fixedTopology);
    }
}
