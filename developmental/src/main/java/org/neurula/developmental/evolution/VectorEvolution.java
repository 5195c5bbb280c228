package org.neurula.developmental.evolution;

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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;

/**
 * Evolves a fixed-length vector of doubles with a Jenetics {@link Engine} ({@link VectorEvolutionSettings}):
 * what the fixed-topology baseline (a fixed network's weights) and the neural developmental program (its
 * cell program's weights) share. Jenetics draws from a generator seeded from the run seed and runs its
 * steps on the calling thread; vectors are scored in parallel, each with a context generator keyed by
 * (seed, generation, position in the population), so results do not depend on the number of threads.
 */
public final class VectorEvolution {

    /** Scores one vector; created once per scoring thread, so it need not be thread-safe. */
    @FunctionalInterface
    public interface Scorer {
        /** The score of {@code vector}, evaluated with {@code context}'s generator. */
        VectorScore score(double[] vector, EvaluationContext context);
    }

    private VectorEvolution() {
    }

    /**
     * Runs up to {@code generations} generations (fewer when {@code stopWhenSolved} and a vector solves),
     * telling {@code observer} about each.
     *
     * @param length   numbers per vector (at least 1)
     * @param scorers  makes a scorer for each scoring thread
     * @param seed     the run seed
     * @param threads  scoring threads
     */
    public static VectorOutcome evolve(int length, VectorEvolutionSettings settings, Supplier<Scorer> scorers,
            long seed, int threads, long generations, boolean stopWhenSolved, Consumer<VectorGeneration> observer) {
        RandomSource random = new RandomSource(seed);
        VectorScoring scoring = new VectorScoring(seed, threads, scorers, "neurula-vector-eval");
        long[] evaluations = {0};
        io.jenetics.engine.Evaluator<DoubleGene, VectorScore> evaluator = population -> {
            List<Phenotype<DoubleGene, VectorScore>> out = new ArrayList<>(population.asList());
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).nonEvaluated()) {
                    pending.add(i);
                }
            }
            VectorScore[] scores = new VectorScore[out.size()];
            scoring.forEach(pending.size(), k -> {
                int i = pending.get(k);
                Phenotype<DoubleGene, VectorScore> p = out.get(i);
                scores[i] = scoring.score(vector(p.genotype()), p.generation(), i);
            });
            for (int i : pending) {
                out.set(i, out.get(i).withFitness(scores[i]));
            }
            evaluations[0] += pending.size();
            return ISeq.of(out);
        };
        TournamentSelector<DoubleGene, VectorScore> tournaments = new TournamentSelector<>(settings.tournamentSize());
        Engine<DoubleGene, VectorScore> engine = new Engine.Builder<>(evaluator,
                Genotype.of(DoubleChromosome.of(-settings.range(), settings.range(), Math.max(1, length))))
                .populationSize(settings.populationSize())
                .offspringSelector(tournaments)
                .survivorsSelector(settings.elites() > 0
                        ? new EliteSelector<DoubleGene, VectorScore>(settings.elites(), tournaments)
                        : tournaments)
                .alterers(new SinglePointCrossover<>(settings.crossoverProbability()),
                        new GaussianMutator<>(settings.mutationProbability()))
                .executor(Runnable::run)
                .maximizing()
                .build();
        BestVector best = new BestVector();
        try {
            RandomRegistry.using(new SplittableRandom(random.generator(0, 0, Purpose.REPRODUCTION).nextLong()), r -> {
                Iterator<EvolutionResult<DoubleGene, VectorScore>> results = engine.stream().limit(generations)
                        .iterator();
                while (results.hasNext()) {
                    EvolutionResult<DoubleGene, VectorScore> result = results.next();
                    long generation = result.generation() - 1;
                    Phenotype<DoubleGene, VectorScore> top = result.bestPhenotype();
                    double[] topVector = vector(top.genotype());
                    best.offer(top.fitness(), topVector, generation, evaluations[0]);
                    double sum = 0;
                    for (Phenotype<DoubleGene, VectorScore> p : result.population()) {
                        sum += p.fitness().value();
                    }
                    observer.accept(new VectorGeneration(generation, evaluations[0], top.fitness(), topVector,
                            sum / result.population().size()));
                    if (best.solvedEvaluations >= 0 && stopWhenSolved) {
                        break;
                    }
                }
            });
        } finally {
            scoring.close();
        }
        return best.outcome(evaluations[0]);
    }

    private static double[] vector(Genotype<DoubleGene> genotype) {
        return genotype.chromosome().as(DoubleChromosome.class).toArray();
    }
}
