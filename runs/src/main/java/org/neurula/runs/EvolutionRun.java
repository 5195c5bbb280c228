package org.neurula.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neurula.fitness.Task;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.Objective;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.EngineBuilder;
import org.neurula.neat.engine.EngineListener;
import org.neurula.neat.engine.EvaluationBackend;
import org.neurula.neat.engine.EvaluationUnavailableException;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.runs.baseline.FixedTopologyRun;
import org.neurula.runs.ndp.NdpRun;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.checkpoint.Checkpoint;
import org.neurula.runs.checkpoint.CheckpointStore;
import org.neurula.runs.checkpoint.RunProgress;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;
import org.neurula.runs.output.MetricsWriter;
import org.neurula.runs.output.PhenotypeJson;

/**
 * Runs one evolution from a resolved config: builds the engine for the config's task, steps it until
 * the task is solved (if {@code run.stopWhenSolved}) or the generation cap is reached. Given an output
 * directory it writes {@code metrics.jsonl} as it goes, {@code champion.json} and
 * {@code champions/} whenever the champion improves, and checkpoints every
 * {@code run.checkpointEvery} generations, at the end, and when the process is asked to stop
 * (Ctrl-C, SIGTERM). A run resumed from a checkpoint continues exactly as the uninterrupted run.
 */
public final class EvolutionRun {

    private EvolutionRun() {
    }

    /**
     * Runs {@code config} from the start.
     *
     * @param config    the resolved config
     * @param outDir    where to write metrics, champions and checkpoints, or {@code null} to write nothing
     * @param listeners further listeners (progress display, tests)
     */
    public static RunResult execute(RunConfig config, Path outDir, List<EngineListener> listeners) throws IOException {
        return execute(config, outDir, listeners, null);
    }

    /**
     * Runs {@code config}, continuing from {@code resume} if it is not null. A resumed run drops the
     * lines of {@code metrics.jsonl} and the files in {@code champions/} from the checkpoint's
     * generation on, which it then writes again exactly as they were.
     */
    public static RunResult execute(RunConfig config, Path outDir, List<EngineListener> listeners, Checkpoint resume)
            throws IOException {
        return execute(config, outDir, listeners, resume, null);
    }

    /**
     * Runs {@code config} as {@link #execute(RunConfig, Path, List, Checkpoint)} does, evaluating on
     * {@code evaluation} (a cluster) instead of this JVM's threads when it is not null; the caller
     * closes it. If the backend cannot evaluate a generation, the generations before it are
     * checkpointed and the {@link EvaluationUnavailableException} is passed on.
     */
    public static RunResult execute(RunConfig config, Path outDir, List<EngineListener> listeners, Checkpoint resume,
            EvaluationBackend evaluation) throws IOException {
        if (config.run().algorithm().equals("fixed-topology")) {
            if (resume != null) {
                throw new IllegalArgumentException("fixed-topology runs do not write checkpoints and cannot be resumed");
            }
            return FixedTopologyRun.execute(config, outDir);
        }
        if (config.run().algorithm().equals("ndp")) {
            if (resume != null) {
                throw new IllegalArgumentException("ndp runs do not write checkpoints and cannot be resumed");
            }
            return NdpRun.execute(config, outDir);
        }
        Task task = config.task().create();
        long started = System.nanoTime();
        GenomeEncoding encoding = GenomeEncoding.of(config, task);
        EngineBuilder builder = Engine.builder(encoding.inputs(), encoding.outputs(), task::newEvaluator)
                .decoder(encoding.decoder())
                .parameters(config.parameters())
                .seed(config.run().seed())
                .threads(config.run().threads())
                .deterministic(task.deterministic())
                .nullFitness(task.nullFitness());
        task.championTest().ifPresent(builder::championTest);
        if (encoding.initialGenomes() != null) {
            builder.initialGenomes(encoding.initialGenomes());
        }
        if (resume != null) {
            builder.resume(resume.engine());
        }
        if (evaluation != null) {
            builder.evaluation(evaluation);
        }
        RunProgress progress = resume != null ? resume.progress() : RunProgress.start();
        List<AutoCloseable> closeables = new ArrayList<>();
        CheckpointStore store = null;
        Interruption interruption = null;
        if (outDir != null) {
            Files.createDirectories(outDir);
            Path metricsFile = outDir.resolve("metrics.jsonl");
            if (resume != null) {
                keepMetricsBefore(metricsFile, resume.generation());
                dropChampionsFrom(outDir.resolve("champions"), resume.generation());
                if (progress.champion() != null) {
                    writeChampion(outDir, progress.champion(), progress.championGeneration(), false, encoding);
                }
            }
            MetricsWriter metrics = new MetricsWriter(metricsFile, resume != null,
                    member -> ChampionActivity.of(task, config, member));
            closeables.add(metrics);
            builder.listener(metrics);
            store = new CheckpointStore(outDir, ActivationRegistry.withBuiltIns());
        }
        listeners.forEach(builder::listener);
        Objective objective = config.parameters().reproduction().objective();
        Member champion = progress.champion();
        long championGeneration = progress.championGeneration();
        long solvedEvaluations = progress.solvedEvaluations();
        long solvedGenerations = progress.solvedGenerations();
        Generation last = null;
        int every = config.run().checkpointEvery();
        try (Engine engine = builder.build()) {
            if (store != null) {
                interruption = new Interruption(store, outDir);
                interruption.offer(new Checkpoint(engine.state(), progress), false);
                interruption.arm();
            }
            boolean stop = config.run().stopWhenSolved() && solvedEvaluations >= 0;
            while (!stop && engine.generation() < config.run().generations()) {
                try {
                    last = engine.step();
                } catch (EvaluationUnavailableException e) {
                    // the generation changed nothing yet: keep everything before it for a resume
                    if (interruption != null) {
                        interruption.offer(new Checkpoint(engine.state(), new RunProgress(champion, championGeneration,
                                solvedEvaluations, solvedGenerations)), true);
                    }
                    throw e;
                }
                Member candidate = last.champion();
                if (champion == null || better(candidate, champion, objective)) {
                    champion = candidate;
                    championGeneration = last.number();
                    if (outDir != null) {
                        writeChampion(outDir, champion, championGeneration, true, encoding);
                    }
                }
                if (last.solved() && solvedEvaluations < 0) {
                    solvedEvaluations = last.evaluations();
                    solvedGenerations = last.number() + 1;
                    stop = config.run().stopWhenSolved();
                }
                if (interruption != null) {
                    boolean periodic = every > 0 && engine.generation() % every == 0;
                    boolean end = stop || engine.generation() >= config.run().generations();
                    interruption.offer(new Checkpoint(engine.state(), new RunProgress(champion, championGeneration,
                            solvedEvaluations, solvedGenerations)), periodic || end);
                }
            }
            if (last == null && champion == null) {
                throw new IllegalStateException("the run has no generation to report: generations must be at least 1");
            }
        } finally {
            if (interruption != null) {
                interruption.disarm();
            }
            for (AutoCloseable c : closeables) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        boolean solved = solvedEvaluations >= 0;
        long evaluations = last != null ? last.evaluations() : resume.engine().evaluations();
        long generations = last != null ? last.number() + 1 : resume.generation();
        Statistics validation = task.deterministic() ? null
                : ChampionValidation.of(task, config, champion, ChampionValidation.TRIALS);
        Statistics blocked = task.deterministic() || !config.parameters().plasticity().active() ? null
                : ChampionValidation.of(task, config.withPlasticityBlocked(), champion, ChampionValidation.TRIALS);
        return new RunResult(config.run().seed(), solved, solved ? solvedEvaluations : evaluations,
                solved ? solvedGenerations : generations, champion.fitness(), (System.nanoTime() - started) / 1e9,
                champion, championGeneration, validation, blocked);
    }

    private static boolean better(Member a, Member b, Objective objective) {
        if (a.solved() != b.solved()) {
            return a.solved();
        }
        return objective.isBetter(a.fitness(), b.fitness());
    }

    /**
     * Writes {@code champion.json} (and with {@code history} the file in {@code champions/}); with an
     * indirect encoding the grown network goes beside the CPPN genome as {@code "phenotype"}.
     */
    private static void writeChampion(Path outDir, Member champion, long generation, boolean history,
            GenomeEncoding encoding) {
        com.fasterxml.jackson.databind.node.ObjectNode json = GenomeJson.of(champion, generation);
        encoding.grown(champion.genome()).ifPresent(grown -> json.set("phenotype", PhenotypeJson.of(grown)));
        Json.write(outDir.resolve("champion.json"), json);
        if (history) {
            Json.write(outDir.resolve("champions").resolve("gen-%06d-id-%d.json".formatted(generation, champion.id())),
                    json);
        }
    }

    /** Keeps the complete lines of {@code metrics.jsonl} that belong to generations before {@code generation}. */
    private static void keepMetricsBefore(Path file, long generation) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder kept = new StringBuilder();
        int start = 0;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            String line = text.substring(start, end);
            start = end + 1;
            try {
                JsonNode node = Json.COMPACT.readTree(line);
                if (node != null && node.has("generation") && node.get("generation").asLong() < generation) {
                    kept.append(line).append('\n');
                }
            } catch (IOException e) {
                // a damaged line: the generation it belonged to is written again
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, kept, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void dropChampionsFrom(Path dir, long generation) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("gen-") && name.length() > 10
                        && Long.parseLong(name.substring(4, 10)) >= generation) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * Holds the newest state and writes it: periodically, at the end, and from a shutdown hook when
     * the process is asked to stop, so Ctrl-C or SIGTERM loses nothing that was computed.
     */
    private static final class Interruption {

        private final CheckpointStore store;
        private final Path runDir;
        private Checkpoint latest;
        private long written = -1;
        private Thread hook;

        Interruption(CheckpointStore store, Path runDir) {
            this.store = store;
            this.runDir = runDir;
        }

        synchronized void offer(Checkpoint checkpoint, boolean write) {
            latest = checkpoint;
            if (write && checkpoint.generation() != written) {
                writeLatest();
            }
        }

        synchronized void writeLatest() {
            try {
                store.write(latest);
                written = latest.generation();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a checkpoint: " + e.getMessage(), e);
            }
        }

        void arm() {
            hook = new Thread(() -> {
                synchronized (this) {
                    if (latest == null) {
                        return;
                    }
                    boolean fresh = latest.generation() != written;
                    if (fresh) {
                        writeLatest();
                    }
                    System.err.println("interrupted: " + (fresh ? "checkpoint written at generation " + written
                            : "the checkpoint of generation " + written + " is on disk")
                            + "; continue with: ./neurula resume " + runDir);
                }
            }, "neurula-checkpoint-on-exit");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        void disarm() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook runs
            }
        }
    }
}
