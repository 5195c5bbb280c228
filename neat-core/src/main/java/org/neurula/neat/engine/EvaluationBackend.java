package org.neurula.neat.engine;

import java.util.List;

/**
 * Where a generation's genomes are evaluated: the engine hands over the genomes it needs scored and
 * takes back one outcome each. The engine's own is {@link LocalEvaluation}, on the run's threads; a
 * cluster is another (the {@code runs} module's). Whatever the backend, an outcome must depend only on
 * its request and the run's config and seed (every evaluation draws from (seed, generation, id)), so a
 * run gives the same result wherever its genomes were evaluated.
 */
public interface EvaluationBackend extends AutoCloseable {

    /**
     * Evaluates {@code requests} and returns their outcomes in the same order.
     *
     * @throws EvaluationUnavailableException when the backend cannot evaluate them at all (for example
     *         no worker is left); the generation is then not counted, and the run stops with the message
     */
    List<EvaluationOutcome> evaluate(List<EvaluationRequest> requests);

    /** Releases threads or connections; the default has none. */
    @Override
    default void close() {
    }
}
