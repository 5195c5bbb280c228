package org.neurula.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;

class TaskTest {

    /** Fitness: how close the output for inputs (1, 0) is to 1; at most 1. */
    private static final ToDoubleFunction<Network> CLOSE_TO_ONE = net -> 1.0 - Math.abs(net.activate(1, 0)[0] - 1.0);

    private static NeatParameters smallPopulation(int size) {
        NeatParameters d = NeatParameters.defaults();
        ReproductionParameters r = d.reproduction();
        return d.withReproduction(new ReproductionParameters(size, r.survivalThreshold(), r.stagnationLimit(),
                r.eliteMinSpeciesSize(), r.objective(), r.keepChampion()));
    }

    private static Network compile(Member member) {
        DecodeResult decoded = new DirectDecoder(false).decode(member.genome());
        return new NetworkCompiler(1).compile(((DecodeResult.Decoded) decoded).blueprint());
    }

    @Test
    void lambdaTaskRunsInTheEngine() {
        Task task = Task.of(2, 1, CLOSE_TO_ONE);
        assertEquals(2, task.inputs());
        assertEquals(1, task.outputs());
        assertTrue(task.deterministic());
        assertTrue(task.measures(ScriptedNetwork.of(2, in -> 1.0)).isEmpty(),
                "a task reports no measures unless it says so");

        List<Generation> generations = new ArrayList<>();
        try (Engine engine = Engine.builder(task.inputs(), task.outputs(), task::newEvaluator)
                .parameters(smallPopulation(50)).seed(11).threads(2).build()) {
            for (int i = 0; i < 6; i++) {
                generations.add(engine.step());
            }
        }
        double previousBest = Double.NEGATIVE_INFINITY;
        long previousEvaluations = 0;
        for (int i = 0; i < generations.size(); i++) {
            Generation g = generations.get(i);
            assertEquals(i, g.number());
            assertEquals(50, g.members().size());
            assertFalse(g.solved(), "a task made from a fitness function is never solved");
            assertEquals(0, g.failedEvaluations());
            assertTrue(g.evaluations() > previousEvaluations);
            previousEvaluations = g.evaluations();
            for (Member m : g.members()) {
                assertFalse(m.solved());
                assertTrue(m.fitness() > 0.0 && m.fitness() <= 1.0, "fitness " + m.fitness());
            }
            // the champion is kept unchanged and the task is deterministic, so the best never gets worse
            assertTrue(g.champion().fitness() >= previousBest);
            previousBest = g.champion().fitness();
        }
        // the fitness the engine recorded is the lambda's value of the member's network
        Member champion = generations.getLast().champion();
        assertEquals(CLOSE_TO_ONE.applyAsDouble(compile(champion)), champion.fitness(), 1e-12);
        assertTrue(champion.fitness() > generations.getFirst().meanFitness());
    }

    /** With a solving fitness, the README's stop-at-success pattern ends at the first solved generation. */
    @Test
    void lambdaTaskWithASolvingFitnessStopsARun() {
        Task task = Task.of(2, 1, CLOSE_TO_ONE, 0.99);
        try (Engine engine = Engine.builder(task.inputs(), task.outputs(), task::newEvaluator)
                .parameters(smallPopulation(50)).seed(11).threads(2).build()) {
            Generation solved = engine.stream().limit(200).filter(Generation::solved).findFirst().orElseThrow();
            assertTrue(solved.champion().solved());
            assertTrue(solved.champion().fitness() >= 0.99, "fitness " + solved.champion().fitness());
            for (Member m : solved.members()) {
                assertEquals(m.fitness() >= 0.99, m.solved(), "solved exactly at the threshold");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Task.of(2, 1, CLOSE_TO_ONE, Double.NaN));
    }

    @Test
    void evaluatorTaskDecidesSolvedItself() {
        Evaluator evaluator = (network, context) -> {
            double out = network.activate(1, 0)[0];
            return new Fitness(out, out > 0.9);
        };
        Task task = Task.of(2, 1, evaluator);
        assertSame(evaluator, task.newEvaluator(), "a lambda task shares its one stateless evaluator");
        boolean anySolved = false;
        try (Engine engine = Engine.builder(task.inputs(), task.outputs(), task::newEvaluator)
                .parameters(smallPopulation(40)).seed(5).build()) {
            for (int i = 0; i < 3; i++) {
                Generation g = engine.step();
                boolean membersSolved = g.members().stream().anyMatch(Member::solved);
                assertEquals(membersSolved, g.solved());
                for (Member m : g.members()) {
                    assertEquals(m.fitness() > 0.9, m.solved());
                }
                anySolved |= g.solved();
            }
        }
        assertTrue(anySolved, "some initial network outputs more than 0.9 for (1, 0)");
    }

    @Test
    void lambdaTaskAppliesTheFunctionToTheNetwork() {
        Task task = Task.of(3, 2, net -> net.inputCount() * 10 + net.outputCount());
        Network network = new ScriptedNetwork(3, 2) {
            @Override
            public void activate(double[] inputs, double[] outputs) {
            }

            @Override
            public void reset() {
            }
        };
        Fitness fitness = task.newEvaluator().evaluate(network,
                new EvaluationContext(new SplittableRandom(1), 0, 0, 0));
        assertEquals(new Fitness(32, false), fitness);
        assertEquals(0.0, task.nullFitness());
    }

    @Test
    void lambdaTaskNeedsInputsAndOutputs() {
        IllegalArgumentException noInputs = assertThrows(IllegalArgumentException.class,
                () -> Task.of(0, 1, net -> 0.0));
        assertTrue(noInputs.getMessage().contains("at least one input"), noInputs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Task.of(2, 0, net -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> Task.of(-1, 1, (network, context) -> Fitness.of(0)));
        assertNotNull(Task.of(1, 1, net -> 0.0));
    }
}
