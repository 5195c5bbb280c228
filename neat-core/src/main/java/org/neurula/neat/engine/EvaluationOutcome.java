package org.neurula.neat.engine;

/**
 * What evaluating one genome gave: its fitness, or why it has none (the decoder rejected it, the
 * evaluator threw or returned no finite fitness), in which case the engine gives it the run's null
 * fitness.
 *
 * @param fitness the fitness, or null when the evaluation failed
 * @param failure why it failed, or null
 */
public record EvaluationOutcome(Fitness fitness, String failure) {

    /** Exactly one of fitness and failure. */
    public EvaluationOutcome {
        if ((fitness == null) == (failure == null)) {
            throw new IllegalArgumentException("an outcome is a fitness or a failure, not " + (fitness == null
                    ? "neither" : "both"));
        }
    }

    /** A successful evaluation. */
    public static EvaluationOutcome of(Fitness fitness) {
        return new EvaluationOutcome(fitness, null);
    }

    /** A failed evaluation, with its reason. */
    public static EvaluationOutcome failed(String why) {
        return new EvaluationOutcome(null, why);
    }
}
