package org.neurula.neat.network;

import org.neurula.neat.config.PlasticityParameters;

/**
 * Compiles blueprints: acyclic ones of feed-forward runs into {@link FeedForwardNetwork}s, those of
 * recurrent runs into {@link RecurrentNetwork}s; plastic blueprints into learning networks when the
 * plasticity settings are active, into their static networks otherwise.
 *
 * @param cycles     synchronous update steps per activation of a recurrent network
 * @param plasticity bounds, normalization, time constants and modulation of plastic networks
 */
public record NetworkCompiler(int cycles, PlasticityParameters plasticity) {

    /**
     * A compiler that compiles each blueprint as what it is: a static blueprint into a static network,
     * a plastic one into a plastic network with the default plasticity settings (plasticity on). To
     * compile a plastic blueprint without its plasticity, use settings with {@code blocked} set.
     */
    public NetworkCompiler(int cycles) {
        this(cycles, PlasticityParameters.defaults().withEnabled(true));
    }

    /** Compiles {@code blueprint}. */
    public Network compile(NetworkBlueprint blueprint) {
        return blueprint.recurrent() ? RecurrentNetwork.compile(blueprint, cycles, plasticity)
                : FeedForwardNetwork.compile(blueprint, plasticity);
    }
}
