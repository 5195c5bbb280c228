package org.neurula.visualizer.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.Network;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.runs.ConfigNetworks;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.ConfigProblem;
import org.neurula.runs.config.RunConfig;
import org.neurula.visualizer.BadInputException;
import org.neurula.runs.output.GenomeFile;

/**
 * Replays one lifetime of a plastic genome, or of any genome of a run whose networks prune themselves
 * ({@code network.pruning}), on its run's task and records how its weights change and which connections
 * it prunes. The
 * lifetime is the one champion validation calls trial 0: its generator is keyed (run seed, 0, genome id,
 * {@link Purpose#VALIDATION}), so the same run directory and genome always replay the same lifetime.
 * The task and the network come from the run's own {@code config.yaml}; nothing of a live engine is used.
 */
public final class LifetimeRecorder {

    /** Frames recorded at most by default; longer lifetimes are recorded up to there. */
    public static final int DEFAULT_MAX_STEPS = 5_000;

    private LifetimeRecorder() {
    }

    /**
     * Records a lifetime of {@code genome} under the config in {@code configFile}.
     *
     * @throws BadInputException if the config cannot be read, the run grows its networks from the genomes
     *                           (an indirect encoding), or the network neither prunes nor learns
     *                           (the genome is not plastic, or plasticity is off or blocked in the config)
     */
    public static Recording record(Path configFile, GenomeFile genome, int maxSteps) {
        return record(loadConfig(configFile), genome.genome(), Math.max(0, genome.id()), maxSteps);
    }

    /** Records a lifetime of {@code genome} (with id {@code genomeId}) under {@code config}. */
    public static Recording record(RunConfig config, Genome genome, long genomeId, int maxSteps) {
        if (maxSteps < 1) {
            throw new BadInputException("--max-steps must be at least 1, not " + maxSteps);
        }
        if (config.encoding().indirect()) {
            throw new BadInputException("replay draws the genome's own connections, and this run grows its networks"
                    + " from the genome (encoding.type: " + config.encoding().type().id() + "); replay a run with"
                    + " encoding.type: direct, or draw a grown network with --growth (cell-program runs)");
        }
        boolean prunes = config.parameters().network().pruning().enabled();
        if (!prunes && !genome.isPlastic()) {
            throw new BadInputException("the genome is not plastic: its weights never change during a lifetime, so"
                    + " there is nothing to replay (replay needs a run with plasticity.enabled: true or"
                    + " network.pruning.enabled: true)");
        }
        if (!prunes && !config.parameters().plasticity().active()) {
            throw new BadInputException("the run's config has plasticity off or blocked (plasticity.enabled /"
                    + " plasticity.blocked), so its networks do not learn; replay a run with plasticity on");
        }
        Task task = config.task().create();
        Network network = ConfigNetworks.of(config).network(genome).orElseThrow(
                () -> new BadInputException("the genome cannot be decoded under this config (for example a"
                        + " recurrent genome in a feed-forward run)"));
        RecordingNetwork recording = new RecordingNetwork(network, maxSteps, prunes);
        RandomSource source = new RandomSource(config.run().seed());
        EvaluationContext context = new EvaluationContext(source.generator(0, genomeId, Purpose.VALIDATION), 0,
                genomeId, 0);
        double fitness = task.newEvaluator().evaluate(recording, context).value();
        return new Recording(trace(genome, network, recording, fitness), recording.steps());
    }

    /** The frames in innovation order: weight {@code k} of the network belongs to the k-th enabled gene. */
    private static WeightTrace trace(Genome genome, Network network, RecordingNetwork recording, double fitness) {
        int m = network.connectionCount();
        int[] blueprintConnection = new int[m];
        network.weightConnections(blueprintConnection);
        ConnectionGenes genes = genome.connections();
        int[] enabledInnovations = new int[genes.enabledCount()];
        for (int c = 0, b = 0; c < genes.size(); c++) {
            if (genes.enabled(c)) {
                enabledInnovations[b++] = genes.innovation(c);
            }
        }
        int[] innovations = new int[m];
        String[] labels = new String[m];
        for (int k = 0; k < m; k++) {
            innovations[k] = enabledInnovations[blueprintConnection[k]];
            int gene = genes.indexOf(innovations[k]);
            labels[k] = genes.source(gene) + " → " + genes.target(gene) + " (c" + innovations[k] + ")";
        }
        List<double[]> frames = recording.frames();
        return new WeightTrace(innovations, frames.toArray(new double[0][]), recording.signals(), fitness, labels,
                recording.live());
    }

    /** The run config in {@code configFile}, or a {@link BadInputException} that lists its problems. */
    public static RunConfig loadConfig(Path configFile) {
        if (!Files.isRegularFile(configFile)) {
            throw new BadInputException(configFile + ": no such file; replay needs the config.yaml that neurula run"
                    + " writes into a run directory, to know the task");
        }
        try {
            return new ConfigLoader(TaskRegistry.load()).load(configFile, configFile.toString());
        } catch (ConfigException e) {
            StringBuilder message = new StringBuilder();
            for (ConfigProblem p : e.problems()) {
                message.append(message.isEmpty() ? "" : "\n").append(p.format());
            }
            throw new BadInputException(message.toString(), e);
        }
    }
}
