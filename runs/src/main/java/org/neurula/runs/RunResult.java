package org.neurula.runs;

import org.neurula.neat.engine.Member;
import org.neurula.runs.bench.Statistics;

/**
 * The outcome of one run.
 *
 * @param seed               the run seed
 * @param solved             whether the success criterion was met
 * @param evaluations        evaluations up to and including the solving generation (all, if unsolved)
 * @param generations        generations evaluated up to and including the solving one (all, if unsolved)
 * @param bestFitness        the champion's fitness
 * @param wallSeconds        wall-clock duration
 * @param champion           the best member seen (solved members first)
 * @param championGeneration the generation the champion belongs to
 * @param validation         the champion's scores on fresh trials ({@link ChampionValidation}) for a
 *                           stochastic task; {@code null} for a deterministic one
 * @param blockedValidation  the same for the champion with its plasticity blocked (its static network),
 *                           for a plastic run on a stochastic task; {@code null} otherwise
 */
public record RunResult(long seed, boolean solved, long evaluations, long generations, double bestFitness,
        double wallSeconds, Member champion, long championGeneration, Statistics validation,
        Statistics blockedValidation) {

    /** A result without a blocked-plasticity validation. */
    public RunResult(long seed, boolean solved, long evaluations, long generations, double bestFitness,
            double wallSeconds, Member champion, long championGeneration, Statistics validation) {
        this(seed, solved, evaluations, generations, bestFitness, wallSeconds, champion, championGeneration,
                validation, null);
    }

    /** The champion's hidden nodes. */
    public int hiddenNodes() {
        return champion.genome().hiddenCount();
    }

    /** The champion's enabled connections. */
    public int enabledConnections() {
        return champion.genome().enabledConnectionCount();
    }
}
