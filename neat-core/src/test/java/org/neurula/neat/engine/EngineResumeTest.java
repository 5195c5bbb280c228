package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.network.Network;

/**
 * An engine resumed from another engine's state continues exactly as the original: the same members,
 * genomes, fitness, species and counters in every later generation.
 */
class EngineResumeTest {

    /** Steers toward 6 species, so the threshold moves and must be restored too. */
    private static final NeatParameters PARAMETERS = NeatParameters.defaults()
            .withSpeciation(new SpeciationParameters(1.0, 1.0, 0.4, 3.0, 20, true, 6, 0.3, 0.3))
            .withReproduction(new ReproductionParameters(60, 0.2, 15, 6,
                    org.neurula.neat.config.Objective.MAXIMIZE, true));

    /** A noisy XOR score: the noise comes from the context's generator. */
    private static Supplier<Evaluator> noisy() {
        Supplier<Evaluator> clean = EngineTest.target();
        return () -> {
            Evaluator inner = clean.get();
            return (Network net, EvaluationContext ctx) -> {
                Fitness f = inner.evaluate(net, ctx);
                return new Fitness(f.value() + ctx.random().nextDouble(), f.solved());
            };
        };
    }

    private static Engine engine(Supplier<Evaluator> evaluator, boolean deterministic, EngineState resume) {
        EngineBuilder b = Engine.builder(2, 1, evaluator).parameters(PARAMETERS).seed(23)
                .deterministic(deterministic);
        if (resume != null) {
            b.resume(resume);
        }
        return b.build();
    }

    /** Everything observable about a generation (genomes compare by their genes). */
    private static List<Object> describe(Generation g) {
        List<Object> d = new ArrayList<>(List.of(g.number(), g.evaluations(), g.generationEvaluations(), g.speciesThreshold(),
                g.champion().id(), g.solved()));
        d.addAll(g.members());
        d.addAll(g.species());
        return d;
    }

    private static void resumedRunMatchesStraightRun(Supplier<Evaluator> evaluator, boolean deterministic) {
        List<List<Object>> straight = new ArrayList<>();
        try (Engine engine = engine(evaluator, deterministic, null)) {
            for (int g = 0; g < 40; g++) {
                straight.add(describe(engine.step()));
            }
        }
        EngineState saved;
        List<List<Object>> resumed = new ArrayList<>();
        try (Engine first = engine(evaluator, deterministic, null)) {
            for (int g = 0; g < 17; g++) {
                resumed.add(describe(first.step()));
            }
            saved = first.state();
            assertEquals(17, saved.generation());
            assertTrue(saved.equals(first.state()), "taking the state changes nothing");
        }
        try (Engine second = engine(evaluator, deterministic, saved)) {
            assertEquals(17, second.generation());
            assertTrue(saved.equals(second.state()), "a resumed engine reports the state it was given");
            for (int g = 17; g < 40; g++) {
                resumed.add(describe(second.step()));
            }
        }
        for (int g = 0; g < 40; g++) {
            assertEquals(straight.get(g), resumed.get(g), "generation " + g);
        }
    }

    @Test
    void deterministicTaskResumesExactly() {
        resumedRunMatchesStraightRun(EngineTest.target(), true);
    }

    @Test
    void stochasticTaskResumesExactly() {
        resumedRunMatchesStraightRun(noisy(), false);
    }

    @Test
    void stateCarriesEliteFitnessAndCounters() {
        try (Engine engine = engine(EngineTest.target(), true, null)) {
            for (int g = 0; g < 5; g++) {
                engine.step();
            }
            EngineState state = engine.state();
            assertEquals(60, state.population().size());
            assertTrue(state.population().stream().anyMatch(e -> e.carried() != null),
                    "elites carry their fitness into the next generation");
            long maxId = state.population().stream().mapToLong(PopulationEntry::id).max().orElseThrow();
            assertTrue(state.nextId() > maxId, "new ids continue after the saved ones");
            assertEquals(engine.evaluations(), state.evaluations());
            assertTrue(state.species().size() >= 1);
        }
    }

    @Test
    void resumingWithAnotherPopulationSizeIsRefused() {
        EngineState state;
        try (Engine engine = engine(EngineTest.target(), true, null)) {
            engine.step();
            state = engine.state();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engine.builder(2, 1,
                EngineTest.target()).seed(23).resume(state).build());
        assertTrue(e.getMessage().contains("the saved population has 60 members but reproduction.populationSize is 150"),
                e.getMessage());
    }
}
