package org.neurula.developmental.evolution;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;

/**
 * Evolves a fixed-length vector of doubles with CMA-ES ({@link CmaState}, {@link CmaSettings}), the
 * optimiser of the NDP paper's code: the initial mean is uniform in [−range, range], every generation
 * samples λ vectors (with elitism the best so far takes the last place), scores all of them and updates
 * the search. It runs the generations it is given: a search whose step size has collapsed goes on
 * sampling near its mean, as the reference's loop does ({@code while not es.stop() or gen < generations}).
 * Sampling draws from a generator keyed by (seed, generation); vectors are scored in parallel, each with a
 * context generator keyed by (seed, generation, place), so results do not depend on the number of threads.
 */
public final class CmaEvolution {

    private CmaEvolution() {
    }

    /**
     * Runs up to {@code generations} generations (fewer when {@code stopWhenSolved} and a vector solves),
     * telling {@code observer} about each.
     *
     * @param length  numbers per vector (at least 1)
     * @param scorers makes a scorer for each scoring thread
     * @param seed    the run seed
     * @param threads scoring threads
     */
    public static VectorOutcome evolve(int length, CmaSettings settings, Supplier<VectorEvolution.Scorer> scorers,
            long seed, int threads, long generations, boolean stopWhenSolved, Consumer<VectorGeneration> observer) {
        RandomSource random = new RandomSource(seed);
        RandomGenerator start = random.generator(0, 0, Purpose.INITIAL_POPULATION);
        double[] mean = new double[Math.max(1, length)];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = start.nextDouble(-settings.initialRange(), settings.initialRange());
        }
        CmaState cma = new CmaState(mean, settings);
        int lambda = cma.populationSize();
        BestVector best = new BestVector();
        long evaluations = 0;
        try (VectorScoring scoring = new VectorScoring(seed, threads, scorers, "neurula-cma-eval")) {
            for (long generation = 0; generation < generations; generation++) {
                double[][] xs = cma.ask(random.generator(generation, 0, Purpose.REPRODUCTION));
                if (settings.elitist() && best.vector != null) {
                    xs[lambda - 1] = best.vector.clone();
                }
                VectorScore[] scores = new VectorScore[lambda];
                long g = generation;
                scoring.forEach(lambda, k -> scores[k] = scoring.score(xs[k].clone(), g, k));
                evaluations += lambda;
                double[] fitness = new double[lambda];
                int top = 0;
                double sum = 0;
                for (int k = 0; k < lambda; k++) {
                    fitness[k] = scores[k].value();
                    sum += fitness[k];
                    if (scores[k].beats(scores[top])) {
                        top = k;
                    }
                }
                double[] topVector = xs[top].clone();
                best.offer(scores[top], topVector, generation, evaluations);
                observer.accept(new VectorGeneration(generation, evaluations, scores[top], topVector, sum / lambda));
                if (best.solvedEvaluations >= 0 && stopWhenSolved) {
                    break;
                }
                cma.tell(xs, fitness);
            }
        }
        return best.outcome(evaluations);
    }
}
