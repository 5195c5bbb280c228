package org.neurula.runs.config;

import org.neurula.neat.config.NeatParameters;

/**
 * A whole run config: the run section, the task, the NEAT parameters (sections {@code genome},
 * {@code mutation}, {@code crossover}, {@code speciation}, {@code reproduction}, {@code network},
 * {@code plasticity}), the fixed-topology baseline's section, the {@code encoding} section and the
 * developmental program's section.
 *
 * @param run        how long and how to run
 * @param task       what to solve
 * @param parameters    the NEAT parameters
 * @param fixedTopology the fixed-topology baseline's settings (used with {@code run.algorithm: fixed-topology})
 * @param encoding      how genomes become networks (direct, HyperNEAT, ES-HyperNEAT)
 * @param ndp           the neural developmental program's settings (used with {@code run.algorithm: ndp})
 */
public record RunConfig(RunSection run, TaskSpec task, NeatParameters parameters, FixedTopologySection fixedTopology,
        EncodingSection encoding, NdpSection ndp) {

    /** A config with the default developmental program section. */
    public RunConfig(RunSection run, TaskSpec task, NeatParameters parameters, FixedTopologySection fixedTopology,
            EncodingSection encoding) {
        this(run, task, parameters, fixedTopology, encoding, NdpSection.defaults());
    }

    /** A config with the direct encoding. */
    public RunConfig(RunSection run, TaskSpec task, NeatParameters parameters, FixedTopologySection fixedTopology) {
        this(run, task, parameters, fixedTopology, EncodingSection.defaults());
    }

    /** With another run section. */
    public RunConfig withRun(RunSection value) {
        return new RunConfig(value, task, parameters, fixedTopology, encoding, ndp);
    }

    /** With another encoding section. */
    public RunConfig withEncoding(EncodingSection value) {
        return new RunConfig(run, task, parameters, fixedTopology, value, ndp);
    }

    /** The same config with plasticity blocked: plastic genomes become their static networks. */
    public RunConfig withPlasticityBlocked() {
        return new RunConfig(run, task, parameters.withPlasticity(parameters.plasticity().withBlocked(true)),
                fixedTopology, encoding, ndp);
    }
}
