package org.neurula.neat.engine;

import org.neurula.neat.network.Network;

/**
 * Runs one network's whole lifetime and scores it. An evaluator that holds state (a simulator, a
 * buffer) is created once per evaluation thread, so it need not be thread-safe.
 */
@FunctionalInterface
public interface Evaluator {

    /** Evaluates {@code network}; may throw, which the engine reports and scores as the null fitness. */
    Fitness evaluate(Network network, EvaluationContext context);
}
