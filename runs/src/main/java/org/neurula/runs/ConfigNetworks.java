package org.neurula.runs;

import java.util.Optional;
import org.neurula.fitness.Task;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.runs.config.RunConfig;

/**
 * Turns genomes into runnable networks the way a run's config says (recurrence, update cycles), for
 * code outside the engine: champion validation, champion files and the fixed-topology baseline.
 *
 * @param decoder  the genome decoder
 * @param compiler the network compiler
 */
public record ConfigNetworks(GenomeDecoder decoder, NetworkCompiler compiler) {

    /** The decoder (direct, or growing the network from a CPPN for the config's task) and compiler of {@code config}. */
    public static ConfigNetworks of(RunConfig config) {
        return of(config, config.task().create());
    }

    /** The decoder and compiler of {@code config} for {@code task}, an instance of the config's task. */
    public static ConfigNetworks of(RunConfig config, Task task) {
        return new ConfigNetworks(GenomeEncoding.of(config, task).decoder(),
                NetworkCompiler.of(config.parameters()));
    }

    /** The network of {@code genome}, or empty if the decoder rejects it. */
    public Optional<Network> network(Genome genome) {
        return decoder.decode(genome) instanceof DecodeResult.Decoded(var blueprint)
                ? Optional.of(compiler.compile(blueprint, genome)) : Optional.empty();
    }
}
