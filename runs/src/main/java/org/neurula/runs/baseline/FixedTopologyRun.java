package org.neurula.runs.baseline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.neurula.developmental.evolution.VectorEvolution;
import org.neurula.developmental.evolution.VectorEvolutionSettings;
import org.neurula.developmental.evolution.VectorOutcome;
import org.neurula.developmental.evolution.VectorScore;
import org.neurula.fitness.Task;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.Network;
import org.neurula.runs.ChampionValidation;
import org.neurula.runs.ConfigNetworks;
import org.neurula.runs.RunResult;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.config.FixedTopologySection;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;
import org.neurula.runs.output.VectorMetrics;

/**
 * The fixed-topology baseline ({@code run.algorithm: fixed-topology}): the weights of one fixed network
 * ({@link FixedLayout}) evolve as a vector of doubles ({@link VectorEvolution}: a Jenetics engine with
 * tournament selection, single-point crossover, Gaussian mutation, elitism) on any task. It shows what
 * NEAT's growing topologies buy (the NEAT paper's ablation). Results do not depend on the number of
 * threads.
 */
public final class FixedTopologyRun {

    private FixedTopologyRun() {
    }

    /**
     * Runs the baseline for {@code config}; with an output directory it writes {@code metrics.jsonl}
     * (generation, evaluations, best and mean fitness, solved) and {@code champion.json}.
     */
    public static RunResult execute(RunConfig config, Path outDir) throws IOException {
        Task task = config.task().create();
        long started = System.nanoTime();
        FixedTopologySection section = config.fixedTopology();
        ActivationRegistry activations = ActivationRegistry.withBuiltIns();
        var genome = config.parameters().genome();
        FixedLayout layout = new FixedLayout(task.inputs(), task.outputs(), section.hidden(), genome.recurrent(),
                activations.get("identity"), activations.get(genome.hiddenActivation()),
                activations.get(genome.outputActivation()));
        ConfigNetworks networks = ConfigNetworks.of(config);
        double nullFitness = task.nullFitness();
        VectorEvolutionSettings settings = new VectorEvolutionSettings(
                config.parameters().reproduction().populationSize(), section.weightRange(),
                section.mutationProbability(), section.crossoverProbability(), section.tournamentSize(),
                section.elites());
        Supplier<VectorEvolution.Scorer> scorers = () -> {
            Evaluator evaluator = task.newEvaluator();
            return (weights, context) -> score(layout.genome(weights), networks, evaluator, context, nullFitness);
        };
        BufferedWriter metrics = outDir == null ? null
                : Files.newBufferedWriter(Files.createDirectories(outDir).resolve("metrics.jsonl"), StandardCharsets.UTF_8);
        VectorOutcome outcome;
        try {
            outcome = VectorEvolution.evolve(layout.weightCount(), settings, scorers, config.run().seed(),
                    config.run().threads(), config.run().generations(), config.run().stopWhenSolved(),
                    g -> {
                        if (metrics != null) {
                            VectorMetrics.append(metrics, g, "fixed-topology");
                        }
                    });
        } finally {
            if (metrics != null) {
                metrics.close();
            }
        }
        Genome best = layout.genome(outcome.champion());
        Member champion = new Member(outcome.championGeneration(), best, outcome.championScore().value(),
                outcome.championScore().solved(), 0);
        if (outDir != null) {
            Json.write(outDir.resolve("champion.json"), GenomeJson.of(champion, outcome.championGeneration()));
        }
        Statistics validation = task.deterministic() ? null
                : ChampionValidation.of(task, config, champion, ChampionValidation.TRIALS);
        boolean solved = outcome.solved();
        return new RunResult(config.run().seed(), solved, solved ? outcome.solvedEvaluations() : outcome.evaluations(),
                solved ? outcome.solvedGenerations() : outcome.generations(), champion.fitness(),
                (System.nanoTime() - started) / 1e9, champion, outcome.championGeneration(), validation);
    }

    private static VectorScore score(Genome genome, ConfigNetworks networks, Evaluator evaluator,
            EvaluationContext context, double nullFitness) {
        try {
            Network network = networks.network(genome).orElse(null);
            if (network == null) {
                return new VectorScore(nullFitness, false);
            }
            return VectorScore.of(evaluator.evaluate(network, context), nullFitness);
        } catch (RuntimeException | StackOverflowError e) {
            return new VectorScore(nullFitness, false);
        }
    }
}
