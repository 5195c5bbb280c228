package org.neurula.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeFile;

/**
 * A saved genome — a run's {@code champion.json}, one of its {@code champions/*.json}, or any genome
 * file — with what the file says about it and, when it lies in a run directory, that run's config:
 * the way to use an evolved network from one's own code.
 *
 * <pre>{@code
 * Network network = Champion.read(Path.of("runs/xor-1")).network();
 * double out = network.activate(1, 0)[0];
 * }</pre>
 *
 * @param genome     the genome
 * @param id         its genome id (-1 when the file does not say)
 * @param generation the generation it was saved in (-1 when the file does not say)
 * @param fitness    its fitness (NaN when the file does not say)
 * @param file       the file it was read from
 * @param config     the config of the run directory the file lies in, if any
 * @param phenotype  the grown network the file keeps beside a CPPN genome (indirect encodings), if any
 */
public record Champion(Genome genome, long id, int generation, double fitness, Path file,
        Optional<RunConfig> config, Optional<NetworkBlueprint> phenotype) {

    /**
     * Reads a genome file, or the {@code champion.json} of a run directory, with the run's
     * {@code config.yaml} when there is one beside the file (or one directory up, for
     * {@code champions/}).
     *
     * @throws IllegalArgumentException if the file is missing or is not a Neurula genome, or the
     *                                  run's config does not load; the message says which and what to
     *                                  give instead
     */
    public static Champion read(Path fileOrRunDirectory) {
        Path file = Files.isDirectory(fileOrRunDirectory) ? fileOrRunDirectory.resolve("champion.json")
                : fileOrRunDirectory;
        if (Files.isDirectory(fileOrRunDirectory) && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(fileOrRunDirectory + ": not a run directory (it has no champion.json); "
                    + "give a run directory written by neurula run, or a genome .json file");
        }
        GenomeFile saved = GenomeFile.read(file);
        return new Champion(saved.genome(), saved.id(), saved.generation(), saved.fitness(), file, runConfig(file),
                saved.phenotype());
    }

    /**
     * The runnable network: decoded (or, for a CPPN, grown) and compiled as the run's config says
     * (encoding, recurrence, update cycles, plasticity settings); without a config, the grown network the
     * file keeps when there is one, otherwise the genome's own: feed-forward when it has no cycle,
     * recurrent with one update per activation otherwise, and plastic when the genome is.
     *
     * @throws IllegalArgumentException if the genome does not decode under the run's config
     */
    public Network network() {
        if (config.isPresent()) {
            return ConfigNetworks.of(config.get()).network(genome).orElseThrow(() -> new IllegalArgumentException(
                    file + ": the genome does not decode as its run's config says (encoding: "
                            + config.get().encoding().type().id() + ", genome.recurrent: "
                            + config.get().parameters().genome().recurrent() + ")"));
        }
        NetworkCompiler compiler = new NetworkCompiler(1);
        if (phenotype.isPresent()) {
            return compiler.compile(phenotype.get());
        }
        DecodeResult feedForward = new DirectDecoder(false).decode(genome);
        if (feedForward instanceof DecodeResult.Decoded(var blueprint)) {
            return compiler.compile(blueprint);
        }
        if (new DirectDecoder(true).decode(genome) instanceof DecodeResult.Decoded(var blueprint)) {
            return compiler.compile(blueprint);
        }
        throw new IllegalArgumentException(file + ": the genome does not decode into a network");
    }

    /**
     * The config of the run directory a genome file lies in: {@code config.yaml} beside it, or one up
     * (for {@code champions/}); empty when there is none.
     *
     * @throws IllegalArgumentException if that config does not load
     */
    public static Optional<RunConfig> runConfig(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        for (Path dir : parent.getParent() == null ? List.of(parent) : List.of(parent, parent.getParent())) {
            Path config = dir.resolve("config.yaml");
            if (Files.isRegularFile(config)) {
                try {
                    return Optional.of(new ConfigLoader(TaskRegistry.load()).load(config, config.toString()));
                } catch (ConfigException e) {
                    throw new IllegalArgumentException(config + ": the run's config does not load: " + e.getMessage(), e);
                }
            }
        }
        return Optional.empty();
    }
}
