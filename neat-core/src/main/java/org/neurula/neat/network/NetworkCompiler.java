package org.neurula.neat.network;

import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.Genome;

/**
 * Compiles blueprints: acyclic ones of feed-forward runs into {@link FeedForwardNetwork}s, those of
 * recurrent runs into {@link RecurrentNetwork}s; plastic blueprints into learning networks when the
 * plasticity settings are active, into their static networks otherwise; networks that prune their
 * synapses early in each lifetime when the pruning settings are enabled.
 *
 * @param cycles     synchronous update steps per activation of a recurrent network
 * @param plasticity bounds, normalization, time constants and modulation of plastic networks
 * @param pruning    lifetime pruning (rule, critical period, fraction), off unless enabled
 */
public record NetworkCompiler(int cycles, PlasticityParameters plasticity, PruningParameters pruning) {

    /** A compiler whose networks keep all their synapses. */
    public NetworkCompiler(int cycles, PlasticityParameters plasticity) {
        this(cycles, plasticity, PruningParameters.defaults());
    }

    /**
     * A compiler that compiles each blueprint as what it is: a static blueprint into a static network,
     * a plastic one into a plastic network with the default plasticity settings (plasticity on). To
     * compile a plastic blueprint without its plasticity, use settings with {@code blocked} set.
     */
    public NetworkCompiler(int cycles) {
        this(cycles, PlasticityParameters.defaults().withEnabled(true));
    }

    /** The compiler of a run with {@code parameters}: its update cycles, plasticity and pruning. */
    public static NetworkCompiler of(NeatParameters parameters) {
        return new NetworkCompiler(parameters.network().cycles(), parameters.plasticity(),
                parameters.network().pruning());
    }

    /** Compiles {@code blueprint}. */
    public Network compile(NetworkBlueprint blueprint) {
        return compile(blueprint, pruning);
    }

    /**
     * Compiles {@code blueprint}, decoded from {@code genome}: a genome with its own pruning genes
     * prunes after its own critical period and by its own fraction.
     */
    public Network compile(NetworkBlueprint blueprint, Genome genome) {
        return compile(blueprint, pruning.forGenes(genome.pruning()));
    }

    private Network compile(NetworkBlueprint blueprint, PruningParameters prune) {
        return blueprint.recurrent() ? RecurrentNetwork.compile(blueprint, cycles, plasticity, prune)
                : FeedForwardNetwork.compile(blueprint, plasticity, prune);
    }
}
