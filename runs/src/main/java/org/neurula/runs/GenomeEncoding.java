package org.neurula.runs;

import org.neurula.developmental.ndp.CellProgramDecoder;

import java.util.Optional;
import org.neurula.developmental.es.EsHyperNeatDecoder;
import org.neurula.developmental.hyperneat.CppnPattern;
import org.neurula.developmental.hyperneat.HyperNeatDecoder;
import org.neurula.developmental.substrate.Substrate;
import org.neurula.fitness.Task;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomeSource;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.config.EncodingSection;
import org.neurula.runs.config.RunConfig;

/**
 * What a run's {@code encoding} section makes of its genomes: how many inputs and outputs the evolved
 * genomes have (the task's for the direct encoding, the CPPN's otherwise), the decoder that turns a
 * genome into the network the task runs, and for CPPN encodings the initial genomes (with the
 * locality seed when asked for). With {@code cell-program} the genome is a cell program that grows the network
 * from one cell; its initial genomes are NEAT's minimal ones.
 *
 * @param inputs         genome inputs
 * @param outputs        genome outputs
 * @param decoder        genome to network blueprint
 * @param initialGenomes the engine's initial genomes, or null for NEAT's minimal ones
 * @param indirect       whether genomes are CPPNs, so the grown network differs from the genome
 */
public record GenomeEncoding(int inputs, int outputs, GenomeDecoder decoder, InitialGenomeSource initialGenomes,
        boolean indirect) {

    /**
     * The encoding of {@code config} for {@code task} (the task's geometry places a CPPN encoding's
     * input and output nodes).
     *
     * @throws IllegalArgumentException if the encoding's settings do not fit the task
     */
    public static GenomeEncoding of(RunConfig config, Task task) {
        EncodingSection e = config.encoding();
        ActivationRegistry activations = ActivationRegistry.withBuiltIns();
        return switch (e.type()) {
            case DIRECT -> new GenomeEncoding(task.inputs(), task.outputs(),
                    new DirectDecoder(config.parameters().genome().recurrent()), null, false);
            case HYPERNEAT -> {
                HyperNeatDecoder d = new HyperNeatDecoder(Substrate.of(task.geometry(), e.hyperneat().substrate()),
                        e.hyperneat(), activations);
                yield new GenomeEncoding(d.layout().cppnInputs(), d.layout().cppnOutputs(), d,
                        d.initialGenomes(config.parameters().genome()), true);
            }
            case ES_HYPERNEAT -> {
                EsHyperNeatDecoder d = new EsHyperNeatDecoder(Substrate.of(task.geometry(), e.hyperneat().substrate()),
                        e.hyperneat(), e.esHyperneat(), activations);
                yield new GenomeEncoding(d.layout().cppnInputs(), d.layout().cppnOutputs(), d,
                        d.initialGenomes(config.parameters().genome()), true);
            }
            case CELL_PROGRAM -> new GenomeEncoding(e.cellProgram().genomeInputs(), e.cellProgram().genomeOutputs(),
                    new CellProgramDecoder(e.cellProgram(), task.inputs(), task.outputs()), null, true);
        };
    }

    /**
     * The connectivity pattern {@code genome}'s CPPN paints (for heat maps), for a CPPN encoding; empty
     * for the direct encoding or a genome that is not a CPPN of this encoding.
     */
    public Optional<CppnPattern> pattern(Genome genome) {
        try {
            if (decoder instanceof HyperNeatDecoder h) {
                return Optional.of(h.pattern(genome));
            }
            if (decoder instanceof EsHyperNeatDecoder e) {
                return Optional.of(e.pattern(genome));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The network grown from {@code genome}, for an indirect encoding; empty if direct or rejected. */
    public Optional<NetworkBlueprint> grown(Genome genome) {
        if (!indirect) {
            return Optional.empty();
        }
        return decoder.decode(genome) instanceof DecodeResult.Decoded(var blueprint) ? Optional.of(blueprint)
                : Optional.empty();
    }
}
