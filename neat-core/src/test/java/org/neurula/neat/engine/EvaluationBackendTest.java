package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.random.RandomSource;

/**
 * The evaluation seam: a backend that evaluates the genomes elsewhere (here: on three "workers" of its
 * own, in reverse order, each with its own evaluator) gives exactly the run the engine's own
 * evaluation gives; a backend that loses outcomes or cannot evaluate stops the run with its message.
 */
class EvaluationBackendTest {

    /** Three threads stand for three machines; the genomes go to them round-robin, last genome first. */
    private static final class ElsewhereBackend implements EvaluationBackend {

        private final ExecutorService workers = Executors.newFixedThreadPool(3);
        private final RandomSource random = new RandomSource(5);
        private final DirectDecoder decoder = new DirectDecoder(false);
        private final NetworkCompiler compiler = NetworkCompiler.of(NeatParameters.defaults());
        private final List<Evaluator> evaluators = List.of(EngineTest.target().get(), EngineTest.target().get(),
                EngineTest.target().get());
        int batches;

        @Override
        public List<EvaluationOutcome> evaluate(List<EvaluationRequest> requests) {
            batches++;
            EvaluationOutcome[] outcomes = new EvaluationOutcome[requests.size()];
            List<Future<?>> running = new ArrayList<>();
            for (int k = requests.size() - 1; k >= 0; k--) {
                int index = k;
                Evaluator evaluator = evaluators.get(k % 3);
                running.add(workers.submit(() -> {
                    synchronized (evaluator) { // an evaluator serves one genome at a time, as on one machine
                        outcomes[index] = LocalEvaluation.evaluateOne(requests.get(index), random, decoder, compiler,
                                evaluator);
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return Arrays.asList(outcomes);
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    private static List<String> trace(EvaluationBackend backend) {
        List<String> lines = new ArrayList<>();
        EngineBuilder builder = Engine.builder(2, 1, EngineTest.target()).seed(5).threads(2);
        if (backend != null) {
            builder.evaluation(backend);
        }
        try (Engine engine = builder.build()) {
            for (int g = 0; g < 10; g++) {
                Generation generation = engine.step();
                StringBuilder s = new StringBuilder().append(generation.number()).append(' ')
                        .append(generation.evaluations());
                for (Member m : generation.members()) {
                    s.append(' ').append(m.id()).append(':').append(m.fitness()).append(':').append(m.speciesId());
                }
                lines.add(s.toString());
            }
        }
        return lines;
    }

    @Test
    void genomesEvaluatedElsewhereInAnotherOrderGiveTheSameRun() {
        try (ElsewhereBackend elsewhere = new ElsewhereBackend()) {
            assertEquals(trace(null), trace(elsewhere));
            assertEquals(10, elsewhere.batches, "one batch per generation");
        }
    }

    @Test
    void aBackendThatLosesOutcomesOrCannotEvaluateStopsTheRunWithItsReason() {
        EvaluationBackend lossy = requests -> requests.subList(1, requests.size()).stream()
                .map(r -> EvaluationOutcome.of(new Fitness(1.0, false))).toList();
        try (Engine engine = Engine.builder(2, 1, EngineTest.target()).seed(5).evaluation(lossy).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, engine::step);
            assertTrue(e.getMessage().contains("outcomes for 150 genomes"), e.getMessage());
        }
        EvaluationBackend gone = requests -> {
            throw new EvaluationUnavailableException("no worker is left; start one with neurula worker", null);
        };
        try (Engine engine = Engine.builder(2, 1, EngineTest.target()).seed(5).evaluation(gone).build()) {
            EvaluationUnavailableException e = assertThrows(EvaluationUnavailableException.class, engine::step);
            assertTrue(e.getMessage().contains("neurula worker"));
            assertEquals(0, engine.evaluations(), "the generation is not counted");
            assertEquals(0, engine.generation());
        }
    }

    @Test
    void anOutcomeIsAFitnessOrAFailure() {
        assertThrows(IllegalArgumentException.class, () -> new EvaluationOutcome(null, null));
        assertThrows(IllegalArgumentException.class, () -> new EvaluationOutcome(new Fitness(1, false), "why"));
        assertEquals("x", EvaluationOutcome.failed("x").failure());
    }
}
