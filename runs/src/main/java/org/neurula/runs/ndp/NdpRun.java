package org.neurula.runs.ndp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neurula.developmental.evolution.CmaEvolution;
import org.neurula.developmental.evolution.VectorEvolution;
import org.neurula.developmental.evolution.VectorGeneration;
import org.neurula.developmental.evolution.VectorOutcome;
import org.neurula.developmental.evolution.VectorScore;
import org.neurula.developmental.ndp.GrownGraph;
import org.neurula.developmental.ndp.GrownNetworks;
import org.neurula.developmental.ndp.NdpGrowth;
import org.neurula.developmental.ndp.NdpParameters;
import org.neurula.developmental.ndp.PerceptronCellProgram;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Member;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.ChampionValidation;
import org.neurula.runs.RunResult;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;
import org.neurula.runs.output.VectorMetrics;

/**
 * A run of {@code run.algorithm: ndp}: each vector of the population is a neural developmental program
 * ({@link PerceptronCellProgram}); the program grows a graph from one cell ({@link NdpGrowth}), the graph
 * runs as the task's network ({@link GrownNetworks}) and the task scores it; the vectors evolve with
 * {@link VectorEvolution} (Jenetics' genetic algorithm) or {@link CmaEvolution}
 * ({@code ndp.optimizer: cma-es}). A program that grows fewer cells than the task has inputs and
 * outputs scores the task's null fitness. Writes {@code metrics.jsonl} and {@code champion.json}: the grown network
 * as a genome (cells as nodes, each edge as a connection each way), and under {@code "ndp"} the
 * program's shape and vector and the growth record (each cell's parent and birth cycle, updates per
 * input).
 */
public final class NdpRun {

    private NdpRun() {
    }

    /** Runs {@code config}; with an output directory it writes {@code metrics.jsonl} and {@code champion.json}. */
    public static RunResult execute(RunConfig config, Path outDir) throws IOException {
        Task task = config.task().create();
        long started = System.nanoTime();
        NdpParameters shape = config.ndp().program();
        int inputs = task.inputs();
        int outputs = task.outputs();
        double nullFitness = task.nullFitness();
        Supplier<VectorEvolution.Scorer> scorers = () -> {
            Evaluator evaluator = task.newEvaluator();
            return (vector, context) -> {
                try {
                    Network network = GrownNetworks.network(grow(shape, vector), shape, inputs, outputs);
                    return network == null ? new VectorScore(nullFitness, false)
                            : VectorScore.of(evaluator.evaluate(network, context), nullFitness);
                } catch (RuntimeException | StackOverflowError e) {
                    return new VectorScore(nullFitness, false);
                }
            };
        };
        BufferedWriter metrics = outDir == null ? null
                : Files.newBufferedWriter(Files.createDirectories(outDir).resolve("metrics.jsonl"), StandardCharsets.UTF_8);
        VectorOutcome outcome;
        try {
            int population = config.parameters().reproduction().populationSize();
            Consumer<VectorGeneration> observer = g -> {
                if (metrics != null) {
                    VectorMetrics.append(metrics, g, "ndp");
                }
            };
            outcome = config.ndp().cmaEs()
                    ? CmaEvolution.evolve(shape.parameterCount(), config.ndp().cma(population), scorers,
                            config.run().seed(), config.run().threads(), config.run().generations(),
                            config.run().stopWhenSolved(), observer)
                    : VectorEvolution.evolve(shape.parameterCount(), config.ndp().evolution(population), scorers,
                            config.run().seed(), config.run().threads(), config.run().generations(),
                            config.run().stopWhenSolved(), observer);
        } finally {
            if (metrics != null) {
                metrics.close();
            }
        }
        GrownGraph graph = grow(shape, outcome.champion());
        DecodeResult decoded = GrownNetworks.blueprint(graph, inputs, outputs);
        NetworkBlueprint blueprint = decoded instanceof DecodeResult.Decoded(NetworkBlueprint b) ? b : null;
        // a program that never grew enough cells still has a champion: the task's bare inputs and outputs
        Genome grown = blueprint != null ? GrownNetworks.genome(blueprint) : bare(inputs, outputs);
        Member champion = new Member(outcome.championGeneration(), grown, outcome.championScore().value(),
                outcome.championScore().solved(), 0);
        if (outDir != null) {
            ObjectNode file = GenomeJson.of(champion, outcome.championGeneration());
            file.set("ndp", record(shape, outcome.champion(), graph));
            Json.write(outDir.resolve("champion.json"), file);
        }
        Statistics validation = task.deterministic() || blueprint == null ? null
                : ChampionValidation.of(task, GrownNetworks.network(graph, shape, inputs, outputs), config.run().seed(),
                        outcome.championGeneration(), ChampionValidation.TRIALS);
        boolean solved = outcome.solved();
        return new RunResult(config.run().seed(), solved, solved ? outcome.solvedEvaluations() : outcome.evaluations(),
                solved ? outcome.solvedGenerations() : outcome.generations(), outcome.championScore().value(),
                (System.nanoTime() - started) / 1e9, champion, outcome.championGeneration(), validation);
    }

    private static Genome bare(int inputs, int outputs) {
        GenomeBuilder b = new GenomeBuilder();
        for (int i = 0; i < inputs + outputs; i++) {
            b.node(i, i < inputs ? NodeKind.INPUT : NodeKind.OUTPUT, i < inputs ? Activation.IDENTITY : Activation.TANH, 0);
        }
        return b.build();
    }

    private static GrownGraph grow(NdpParameters shape, double[] vector) {
        return NdpGrowth.grow(new PerceptronCellProgram(shape, vector), shape);
    }

    /** The program and its growth, for the champion file. */
    private static ObjectNode record(NdpParameters shape, double[] vector, GrownGraph graph) {
        ObjectNode ndp = Json.COMPACT.valueToTree(shape);
        ArrayNode v = ndp.putArray("vector");
        for (double x : vector) {
            v.add(x);
        }
        ndp.put("cells", graph.size());
        ndp.put("edges", graph.edgeCount());
        ndp.put("diameter", graph.diameter());
        ndp.put("updatesPerInput", GrownNetworks.updatesPerInput(graph, shape));
        ArrayNode parents = ndp.putArray("parents");
        ArrayNode born = ndp.putArray("born");
        for (int i = 0; i < graph.size(); i++) {
            parents.add(graph.parents()[i]);
            born.add(graph.born()[i]);
        }
        return ndp;
    }
}
