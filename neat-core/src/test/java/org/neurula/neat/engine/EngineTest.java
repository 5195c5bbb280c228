package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.network.Network;

/**
 * The generation loop as a whole: exact population size with many species, reproducibility across
 * thread counts, and how failed evaluations are handled.
 */
class EngineTest {

    /** A cheap smooth task: reward outputs close to a target function of two inputs. */
    static Supplier<Evaluator> target() {
        return () -> {
            double[] out = new double[1];
            return (Network net, EvaluationContext ctx) -> {
                double error = 0;
                for (int i = 0; i < 4; i++) {
                    net.reset();
                    net.activate(new double[] {i & 1, i >> 1}, out);
                    error += Math.abs(out[0] - ((i & 1) ^ (i >> 1)));
                }
                return new Fitness((4 - error) * (4 - error), error < 0.4);
            };
        };
    }

    @Test
    void populationSizeStaysExactOverTwoHundredGenerationsWithManySpecies() {
        SpeciationParameters tight = new SpeciationParameters(1.0, 1.0, 0.4, 0.8, 20, true, 0, 0.3, 0.3);
        NeatParameters parameters = NeatParameters.defaults().withSpeciation(tight);
        int maxSpecies = 0;
        try (Engine engine = Engine.builder(2, 1, target()).parameters(parameters).seed(11).build()) {
            for (int g = 0; g < 200; g++) {
                Generation generation = engine.step();
                assertEquals(150, generation.members().size(), "population size in generation " + g);
                int speciesTotal = generation.species().stream().mapToInt(Species::size).sum();
                assertEquals(150, speciesTotal, "species sizes add up in generation " + g);
                assertEquals(generation.members().stream().map(Member::id).distinct().count(), 150,
                        "member ids are unique in generation " + g);
                maxSpecies = Math.max(maxSpecies, generation.species().size());
            }
        }
        assertTrue(maxSpecies >= 10, "the tight threshold should give many species, got at most " + maxSpecies);
    }

    @Test
    void oneThreadAndFourThreadsGiveIdenticalGenerations() {
        List<String> single = trace(1);
        List<String> parallel = trace(4);
        assertEquals(single, parallel);
    }

    @Test
    void sameSeedGivesSameRunAndOtherSeedAnother() {
        assertEquals(trace(1), trace(1));
        List<String> other = new ArrayList<>();
        try (Engine engine = Engine.builder(2, 1, target()).seed(99).build()) {
            for (int g = 0; g < 10; g++) {
                other.add(describe(engine.step()));
            }
        }
        assertNotEquals(trace(1), other);
    }

    private static List<String> trace(int threads) {
        List<String> lines = new ArrayList<>();
        try (Engine engine = Engine.builder(2, 1, target()).seed(5).threads(threads).build()) {
            for (int g = 0; g < 10; g++) {
                lines.add(describe(engine.step()));
            }
        }
        return lines;
    }

    private static String describe(Generation g) {
        StringBuilder s = new StringBuilder();
        s.append(g.number()).append(' ').append(g.evaluations()).append(' ').append(g.species().size());
        for (Member m : g.members()) {
            s.append(' ').append(m.id()).append(':').append(m.fitness()).append(':').append(m.speciesId())
                    .append(':').append(m.genome().connections().size());
        }
        return s.toString();
    }

    @Test
    void failingAndNonFiniteEvaluationsGetTheNullFitnessAndAreReported() {
        List<String> failures = new ArrayList<>();
        Supplier<Evaluator> flaky = () -> (net, ctx) -> {
            if (ctx.genomeId() % 3 == 0) {
                throw new IllegalStateException("boom " + ctx.genomeId());
            }
            if (ctx.genomeId() % 3 == 1) {
                return Fitness.of(Double.NaN);
            }
            return Fitness.of(1.0);
        };
        EngineListener listener = new EngineListener() {
            @Override
            public void onEvaluationFailed(long generation, long genomeId, String reason) {
                if (generation == 0) {
                    failures.add(genomeId + " " + reason);
                }
            }
        };
        try (Engine engine = Engine.builder(2, 1, flaky).seed(3).nullFitness(-1.0).listener(listener).build()) {
            Generation first = engine.step();
            assertEquals(100, first.failedEvaluations());
            for (Member m : first.members()) {
                assertEquals(m.id() % 3 == 2 ? 1.0 : -1.0, m.fitness(), "fitness of " + m.id());
            }
            Generation second = engine.step();
            assertEquals(150, second.members().size(), "the run goes on");
        }
        assertEquals(100, failures.size(), "each failure of generation 0 is reported once");
        assertTrue(failures.getFirst().contains("IllegalStateException: boom 0"), failures.getFirst());
        assertTrue(failures.get(1).contains("NaN"), failures.get(1));
    }

    @Test
    void deterministicTasksDoNotReEvaluateElitesAndCountOnlyRealEvaluations() {
        int[] calls = {0};
        Supplier<Evaluator> counting = () -> (net, ctx) -> {
            synchronized (calls) {
                calls[0]++;
            }
            return Fitness.of(net.activate(1.0, 0.5)[0]);
        };
        try (Engine engine = Engine.builder(2, 1, counting).seed(8).build()) {
            long total = 0;
            for (int g = 0; g < 8; g++) {
                Generation generation = engine.step();
                total += generation.generationEvaluations();
                assertEquals(total, generation.evaluations());
                assertEquals(calls[0], generation.evaluations(), "counted evaluations are real calls");
                if (g > 0) {
                    assertTrue(generation.generationEvaluations() < 150, "copies are not evaluated again");
                }
            }
        }
    }

    @Test
    void nonDeterministicTasksEvaluateEveryone() {
        try (Engine engine = Engine.builder(2, 1, target()).seed(8).deterministic(false).build()) {
            for (int g = 0; g < 5; g++) {
                assertEquals(150, engine.step().generationEvaluations());
            }
        }
    }

    @Test
    void solvedIsReportedOnceAndTheChampionIsSolved() {
        int[] solvedCalls = {0};
        EngineListener listener = new EngineListener() {
            @Override
            public void onSolved(Generation generation) {
                solvedCalls[0]++;
            }
        };
        Supplier<Evaluator> easy = () -> (net, ctx) -> new Fitness(1.0, ctx.genomeId() == 7);
        try (Engine engine = Engine.builder(2, 1, easy).seed(1).listener(listener).build()) {
            Generation first = engine.step();
            assertTrue(first.solved());
            assertEquals(7, first.champion().id());
            Generation second = engine.step();
            assertFalse(second.solved());
        }
        assertEquals(1, solvedCalls[0]);
    }

    @Test
    void championTestDecidesSuccessAndOnlyTheChampionIsMarked() {
        // every evaluation claims success, but a champion test that always fails overrules them
        Supplier<Evaluator> claims = () -> (net, ctx) -> new Fitness(ctx.genomeId() % 7, true);
        try (Engine engine = Engine.builder(2, 1, claims).seed(2).championTest(net -> false).build()) {
            for (int g = 0; g < 3; g++) {
                Generation generation = engine.step();
                assertFalse(generation.solved());
                assertTrue(generation.members().stream().noneMatch(Member::solved));
            }
        }
        // a test that passes networks with at least two connections marks the champion alone
        List<Integer> tested = new ArrayList<>();
        try (Engine engine = Engine.builder(2, 1, claims).seed(2)
                .championTest(net -> tested.add(net.connectionCount()) && net.connectionCount() >= 2).build()) {
            Generation generation = engine.step();
            assertEquals(1, tested.size(), "one champion test per generation");
            assertTrue(generation.solved());
            assertEquals(List.of(generation.champion()), generation.members().stream().filter(Member::solved).toList());
            assertEquals(6.0, generation.champion().fitness(), "the champion is the fittest member");
        }
    }
}
