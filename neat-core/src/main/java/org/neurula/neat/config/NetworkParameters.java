package org.neurula.neat.config;

/**
 * How networks are activated.
 *
 * @param cycles  for recurrent networks, the synchronous update steps per {@code activate} call
 * @param pruning whether and how networks remove synapses early in each lifetime (off by default)
 */
public record NetworkParameters(int cycles, PruningParameters pruning) {

    /** Without pruning. */
    public NetworkParameters(int cycles) {
        this(cycles, PruningParameters.defaults());
    }

    /** Fills in the pruning defaults when none are given. */
    public NetworkParameters {
        pruning = pruning == null ? PruningParameters.defaults() : pruning;
    }

    /** One update per call: a recurrent network's state advances one step each time it is activated. */
    public static NetworkParameters defaults() {
        return new NetworkParameters(1);
    }

    /** The same activation with other pruning. */
    public NetworkParameters withPruning(PruningParameters p) {
        return new NetworkParameters(cycles, p);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(cycles >= 1, prefix + ".cycles", "must be at least 1, was " + cycles);
        pruning.check(problems, prefix + ".pruning");
    }
}
