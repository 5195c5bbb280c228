package org.neurula.runs;

import org.neurula.fitness.Task;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Member;
import org.neurula.neat.network.Network;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.runs.bench.Statistics;
import org.neurula.runs.config.RunConfig;

/**
 * Re-evaluates a champion of a stochastic task on fresh trials. A champion's own fitness is the best
 * of a population's noisy scores and so biased upward; the validation mean is not. Trial {@code t}
 * draws from the generator keyed (run seed, t, champion id, {@link Purpose#VALIDATION}).
 */
public final class ChampionValidation {

    /** Trials a finished run's champion gets. */
    public static final int TRIALS = 100;

    private ChampionValidation() {
    }

    /** The champion's scores over {@code trials} fresh evaluations. */
    public static Statistics of(Task task, RunConfig config, Member champion, int trials) {
        Network network = ConfigNetworks.of(config).network(champion.genome())
                .orElseThrow(() -> new IllegalStateException("the champion cannot be decoded"));
        return of(task, network, config.run().seed(), champion.id(), trials);
    }

    /**
     * The scores of {@code network}, the network of champion {@code championId} of the run with
     * {@code seed}, over {@code trials} fresh evaluations (trial t keyed as above).
     */
    public static Statistics of(Task task, Network network, long seed, long championId, int trials) {
        Evaluator evaluator = task.newEvaluator();
        RandomSource source = new RandomSource(seed);
        double[] scores = new double[trials];
        for (int t = 0; t < trials; t++) {
            EvaluationContext context = new EvaluationContext(
                    source.generator(t, championId, Purpose.VALIDATION), t, championId, t);
            network.reset(); // every trial starts from the genome's weights, as a fresh network would
            scores[t] = evaluator.evaluate(network, context).value();
        }
        return Statistics.of(scores);
    }
}
