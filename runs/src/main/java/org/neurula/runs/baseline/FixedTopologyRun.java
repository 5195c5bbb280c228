package org.neurula.runs.baseline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.EliteSelector;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Phenotype;
import io.jenetics.SinglePointCrossover;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.neurula.fitness.Task;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.Network;
import org.neurula.neat.parallel.ParallelRange;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.runs.ChampionValidation;
import org.neurula.runs.ConfigNetworks;
import org.neurula.runs.RunResult;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.config.FixedTopologySection;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;

/**
 * The fixed-topology baseline ({@code run.algorithm: fixed-topology}): the weights of one fixed network
 * ({@link FixedLayout}) evolve as a vector of doubles in a Jenetics {@link Engine} — tournament
 * selection, single-point crossover, Gaussian mutation, elitism — on any task. It shows what NEAT's
 * growing topologies buy (the NEAT paper's ablation). Jenetics draws from a generator seeded from the
 * run seed and runs its steps on the calling thread; networks are evaluated in parallel, each with a
 * context generator keyed by (seed, generation, position), so results do not depend on threads.
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
        RandomSource random = new RandomSource(config.run().seed());
        int threads = config.run().threads();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "neurula-baseline-eval");
            t.setDaemon(true);
            return t;
        }) : null;
        ThreadLocal<Evaluator> evaluators = ThreadLocal.withInitial(task::newEvaluator);
        long[] evaluations = {0};
        double range = section.weightRange();

        io.jenetics.engine.Evaluator<DoubleGene, Score> evaluator = population -> {
            List<Phenotype<DoubleGene, Score>> out = new ArrayList<>(population.asList());
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).nonEvaluated()) {
                    pending.add(i);
                }
            }
            Score[] scores = new Score[out.size()];
            Runnable[] jobs = new Runnable[pending.size()];
            for (int k = 0; k < pending.size(); k++) {
                int i = pending.get(k);
                Phenotype<DoubleGene, Score> p = out.get(i);
                jobs[k] = () -> scores[i] = score(layout.genome(weights(p.genotype())), networks,
                        evaluators.get(), new EvaluationContext(random.generator(p.generation(), i, Purpose.EVALUATION),
                                p.generation(), i, 0), task.nullFitness());
            }
            run(jobs, pool);
            for (int i : pending) {
                out.set(i, out.get(i).withFitness(scores[i]));
            }
            evaluations[0] += pending.size();
            return ISeq.of(out);
        };

        Engine<DoubleGene, Score> engine = new Engine.Builder<>(evaluator,
                Genotype.of(DoubleChromosome.of(-range, range, Math.max(1, layout.weightCount()))))
                .populationSize(config.parameters().reproduction().populationSize())
                .offspringSelector(new TournamentSelector<>(section.tournamentSize()))
                .survivorsSelector(section.elites() > 0
                        ? new EliteSelector<DoubleGene, Score>(section.elites(),
                                new TournamentSelector<>(section.tournamentSize()))
                        : new TournamentSelector<>(section.tournamentSize()))
                .alterers(new SinglePointCrossover<>(section.crossoverProbability()),
                        new GaussianMutator<>(section.mutationProbability()))
                .executor(Runnable::run)
                .maximizing()
                .build();

        BufferedWriter metrics = outDir == null ? null
                : Files.newBufferedWriter(Files.createDirectories(outDir).resolve("metrics.jsonl"), StandardCharsets.UTF_8);
        Outcome outcome = new Outcome();
        try {
            RandomRegistry.using(new java.util.SplittableRandom(random.generator(0, 0, Purpose.REPRODUCTION).nextLong()),
                    r -> {
                        Iterator<EvolutionResult<DoubleGene, Score>> results = engine.stream()
                                .limit(config.run().generations()).iterator();
                        while (results.hasNext()) {
                            EvolutionResult<DoubleGene, Score> result = results.next();
                            long generation = result.generation() - 1;
                            Phenotype<DoubleGene, Score> best = result.bestPhenotype();
                            outcome.offer(best, generation, layout, evaluations[0]);
                            if (metrics != null) {
                                writeLine(metrics, result, generation, evaluations[0]);
                            }
                            if (outcome.solvedEvaluations >= 0 && config.run().stopWhenSolved()) {
                                break;
                            }
                        }
                    });
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (metrics != null) {
                metrics.close();
            }
        }
        Member champion = new Member(outcome.championGeneration, outcome.champion, outcome.championScore.value(),
                outcome.championScore.solved(), 0);
        if (outDir != null) {
            Json.write(outDir.resolve("champion.json"), GenomeJson.of(champion, outcome.championGeneration));
        }
        Statistics validation = task.deterministic() ? null
                : ChampionValidation.of(task, config, champion, ChampionValidation.TRIALS);
        boolean solved = outcome.solvedEvaluations >= 0;
        return new RunResult(config.run().seed(), solved, solved ? outcome.solvedEvaluations : evaluations[0],
                solved ? outcome.solvedGenerations : outcome.generations, champion.fitness(),
                (System.nanoTime() - started) / 1e9, champion, outcome.championGeneration, validation);
    }

    private static double[] weights(Genotype<DoubleGene> genotype) {
        return genotype.chromosome().as(DoubleChromosome.class).toArray();
    }

    private static Score score(Genome genome, ConfigNetworks networks, Evaluator evaluator,
            EvaluationContext context, double nullFitness) {
        try {
            Network network = networks.network(genome).orElse(null);
            if (network == null) {
                return new Score(nullFitness, false);
            }
            Fitness f = evaluator.evaluate(network, context);
            return f == null || !Double.isFinite(f.value()) ? new Score(nullFitness, false)
                    : new Score(f.value(), f.solved());
        } catch (RuntimeException | StackOverflowError e) {
            return new Score(nullFitness, false);
        }
    }

    private static void run(Runnable[] jobs, ExecutorService pool) {
        ParallelRange.forEach(pool, jobs.length, jobs.length, "evaluating", j -> jobs[j].run());
    }

    private static void writeLine(BufferedWriter out, EvolutionResult<DoubleGene, Score> result, long generation,
            long evaluations) {
        Seq<Phenotype<DoubleGene, Score>> population = result.population();
        double sum = 0;
        for (Phenotype<DoubleGene, Score> p : population) {
            sum += p.fitness().value();
        }
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("generation", generation);
        line.put("evaluations", evaluations);
        line.put("bestFitness", result.bestFitness().value());
        line.put("meanFitness", sum / population.size());
        line.put("solved", result.bestFitness().solved());
        line.put("algorithm", "fixed-topology");
        try {
            out.write(Json.COMPACT.writeValueAsString(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to metrics.jsonl: " + e.getMessage(), e);
        }
    }

    /** The best so far and when the task was first solved. */
    private static final class Outcome {
        Genome champion;
        Score championScore;
        long championGeneration;
        long generations;
        long solvedEvaluations = -1;
        long solvedGenerations = -1;

        void offer(Phenotype<DoubleGene, Score> best, long generation, FixedLayout layout, long evaluations) {
            generations = generation + 1;
            Score s = best.fitness();
            if (championScore == null || (s.solved() && !championScore.solved())
                    || (s.solved() == championScore.solved() && s.value() > championScore.value())) {
                championScore = s;
                champion = layout.genome(weights(best.genotype()));
                championGeneration = generation;
            }
            if (s.solved() && solvedEvaluations < 0) {
                solvedEvaluations = evaluations;
                solvedGenerations = generation + 1;
            }
        }
    }
}
