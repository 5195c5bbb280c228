package org.neurula.runs;

import java.util.Optional;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.runs.config.RunConfig;

/**
 * Turns genomes into runnable networks the way a run's config says (recurrence, update cycles), for
 * code outside the engine: champion validation and the fixed-topology baseline.
 *
 * @param decoder  the genome decoder
 * @param compiler the network compiler
 */
public record ConfigNetworks(DirectDecoder decoder, NetworkCompiler compiler) {

    /** The decoder and compiler of {@code config}. */
    public static ConfigNetworks of(RunConfig config) {
        return new ConfigNetworks(new DirectDecoder(config.parameters().genome().recurrent()),
                new NetworkCompiler(config.parameters().network().cycles(), config.parameters().plasticity()));
    }

    /** The network of {@code genome}, or empty if the decoder rejects it. */
    public Optional<Network> network(Genome genome) {
        return decoder.decode(genome) instanceof DecodeResult.Decoded(var blueprint)
                ? Optional.of(compiler.compile(blueprint)) : Optional.empty();
    }
}
