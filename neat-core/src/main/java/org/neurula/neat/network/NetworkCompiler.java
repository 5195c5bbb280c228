package org.neurula.neat.network;

/**
 * Compiles blueprints: acyclic ones of feed-forward runs into {@link FeedForwardNetwork}s, those of
 * recurrent runs into {@link RecurrentNetwork}s.
 *
 * @param cycles synchronous update steps per activation of a recurrent network
 */
public record NetworkCompiler(int cycles) {

    /** Compiles {@code blueprint}. */
    public Network compile(NetworkBlueprint blueprint) {
        return blueprint.recurrent() ? RecurrentNetwork.compile(blueprint, cycles) : FeedForwardNetwork.compile(blueprint);
    }
}
