package org.neurula.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurula.fitness.Task;
import org.neurula.neat.config.Objective;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.EngineBuilder;
import org.neurula.neat.engine.EngineListener;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;
import org.neurula.runs.output.MetricsWriter;

/**
 * Runs one evolution from a resolved config: builds the engine for the config's task, steps it until
 * the task is solved (if {@code run.stopWhenSolved}) or the generation cap is reached, and, given an
 * output directory, writes {@code metrics.jsonl} as it goes and {@code champion.json} whenever the
 * champion improves.
 */
public final class EvolutionRun {

    private EvolutionRun() {
    }

    /**
     * Runs {@code config}.
     *
     * @param config    the resolved config
     * @param outDir    where to write metrics and champion, or {@code null} to write nothing
     * @param listeners further listeners (progress display, tests)
     */
    public static RunResult execute(RunConfig config, Path outDir, List<EngineListener> listeners) throws java.io.IOException {
        Task task = config.task().create();
        long started = System.nanoTime();
        EngineBuilder builder = Engine.builder(task.inputs(), task.outputs(), task::newEvaluator)
                .parameters(config.parameters())
                .seed(config.run().seed())
                .threads(config.run().threads())
                .deterministic(task.deterministic())
                .nullFitness(task.nullFitness());
        List<AutoCloseable> closeables = new ArrayList<>();
        if (outDir != null) {
            Files.createDirectories(outDir);
            MetricsWriter metrics = new MetricsWriter(outDir.resolve("metrics.jsonl"));
            closeables.add(metrics);
            builder.listener(metrics);
        }
        listeners.forEach(builder::listener);
        Objective objective = config.parameters().reproduction().objective();
        Member champion = null;
        long championGeneration = 0;
        Generation last = null;
        long solvedEvaluations = -1;
        long solvedGenerations = -1;
        try (Engine engine = builder.build()) {
            for (int g = 0; g < config.run().generations(); g++) {
                last = engine.step();
                Member candidate = last.champion();
                if (champion == null || better(candidate, champion, objective)) {
                    champion = candidate;
                    championGeneration = last.number();
                    if (outDir != null) {
                        Json.write(outDir.resolve("champion.json"), GenomeJson.of(champion, championGeneration));
                    }
                }
                if (last.solved() && solvedEvaluations < 0) {
                    solvedEvaluations = last.evaluations();
                    solvedGenerations = last.number() + 1;
                    if (config.run().stopWhenSolved()) {
                        break;
                    }
                }
            }
        } finally {
            for (AutoCloseable c : closeables) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        boolean solved = solvedEvaluations >= 0;
        Statistics validation = task.deterministic() ? null
                : ChampionValidation.of(task, config, champion, ChampionValidation.TRIALS);
        return new RunResult(config.run().seed(), solved, solved ? solvedEvaluations : last.evaluations(),
                solved ? solvedGenerations : last.number() + 1, champion.fitness(), (System.nanoTime() - started) / 1e9,
                champion, championGeneration, validation);
    }

    private static boolean better(Member a, Member b, Objective objective) {
        if (a.solved() != b.solved()) {
            return a.solved();
        }
        return objective.isBetter(a.fitness(), b.fitness());
    }
}
