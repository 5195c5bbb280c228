package org.neurula.neat.config;

/**
 * How networks are activated.
 *
 * @param cycles for recurrent networks, the synchronous update steps per {@code activate} call
 */
public record NetworkParameters(int cycles) {

    /** One update per call: a recurrent network's state advances one step each time it is activated. */
    public static NetworkParameters defaults() {
        return new NetworkParameters(1);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(cycles >= 1, prefix + ".cycles", "must be at least 1, was " + cycles);
    }
}
