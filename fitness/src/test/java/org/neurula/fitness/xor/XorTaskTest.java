package org.neurula.fitness.xor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.Task;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;

class XorTaskTest {

    private static final EvaluationContext CONTEXT = new EvaluationContext(new SplittableRandom(1), 0, 0, 0);

    /** Inputs 0 and 1, bias 2, output 3; hidden 4 computes OR, hidden 5 computes AND; out = OR and not AND. */
    static Genome xorGenome() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0)
                .node(4, NodeKind.HIDDEN, Activation.STEEPENED_SIGMOID, 0)
                .node(5, NodeKind.HIDDEN, Activation.STEEPENED_SIGMOID, 0)
                .connection(1, 0, 4, 10, true)
                .connection(2, 1, 4, 10, true)
                .connection(3, 2, 4, -5, true)
                .connection(4, 0, 5, 10, true)
                .connection(5, 1, 5, 10, true)
                .connection(6, 2, 5, -15, true)
                .connection(7, 4, 3, 10, true)
                .connection(8, 5, 3, -20, true)
                .connection(9, 2, 3, -5, true)
                .build();
    }

    /** Output 3 has no incoming connections: sigmoid(0) = 0.5 for every pattern. */
    static Genome constantHalfGenome() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0)
                .build();
    }

    static Network compile(Genome genome) {
        DecodeResult result = new DirectDecoder(false).decode(genome);
        DecodeResult.Decoded decoded = assertInstanceOf(DecodeResult.Decoded.class, result);
        return new NetworkCompiler(1).compile(decoded.blueprint());
    }

    private static Fitness evaluate(Network network) {
        return new XorTask().newEvaluator().evaluate(network, CONTEXT);
    }

    @Test
    void handBuiltXorNetworkIsSolvedWithFitnessCloseTo16() {
        Network network = compile(xorGenome());
        // the network really computes XOR
        assertTrue(network.activate(0, 0)[0] < 0.01);
        assertTrue(network.activate(0, 1)[0] > 0.99);
        assertTrue(network.activate(1, 0)[0] > 0.99);
        assertTrue(network.activate(1, 1)[0] < 0.01);

        Fitness fitness = evaluate(network);
        assertTrue(fitness.solved());
        assertEquals(16.0, fitness.value(), 1e-6);
        assertTrue(fitness.value() < 16.0, "outputs are never exactly 0 or 1");
    }

    @Test
    void constantHalfNetworkGetsExactly4AndIsNotSolved() {
        Network network = compile(constantHalfGenome());
        assertEquals(0.5, network.activate(1, 0)[0]);
        Fitness fitness = evaluate(network);
        assertEquals(4.0, fitness.value());
        assertFalse(fitness.solved());
    }

    @Test
    void fitnessIsFourMinusSummedAbsoluteErrorSquared() {
        // targets 0, 1, 1, 0; errors 0.1 + 0.2 + 0.4 + 0.3 = 1.0, all on the right side of 0.5
        Fitness a = evaluate(new TableNetwork(0.1, 0.8, 0.6, 0.3));
        assertEquals(9.0, a.value(), 1e-12);
        assertTrue(a.solved());

        // errors 0.1 + 0.2 + 0.6 + 0.3 = 1.2; pattern (1,0) is on the wrong side
        Fitness b = evaluate(new TableNetwork(0.1, 0.8, 0.4, 0.3));
        assertEquals(2.8 * 2.8, b.value(), 1e-12);
        assertFalse(b.solved());

        // exactly 0.5 counts as "off", so a target of 1 is missed
        Fitness c = evaluate(new TableNetwork(0.0, 0.5, 1.0, 0.0));
        assertEquals(3.5 * 3.5, c.value(), 1e-12);
        assertFalse(c.solved());
    }

    @Test
    void perfectAndInvertedNetworksGiveTheExtremes() {
        Fitness perfect = evaluate(new FunctionNetwork((x, y) -> x != y ? 1 : 0));
        assertEquals(16.0, perfect.value());
        assertTrue(perfect.solved());

        Fitness inverted = evaluate(new FunctionNetwork((x, y) -> x != y ? 0 : 1));
        assertEquals(0.0, inverted.value());
        assertFalse(inverted.solved());
    }

    @Test
    void evaluatorResetsTheNetworkBeforeEveryPattern() {
        FunctionNetwork network = new FunctionNetwork((x, y) -> x != y ? 1 : 0);
        evaluate(network);
        assertEquals(List.of("reset", "activate 0 0", "reset", "activate 0 1", "reset", "activate 1 0", "reset",
                "activate 1 1"), network.calls);
    }

    @Test
    void evaluatorsAreIndependentAndRepeatable() {
        XorTask task = new XorTask();
        Evaluator first = task.newEvaluator();
        Evaluator second = task.newEvaluator();
        assertNotSame(first, second);
        Network network = compile(xorGenome());
        assertEquals(first.evaluate(network, CONTEXT), second.evaluate(network, CONTEXT));
        assertEquals(first.evaluate(network, CONTEXT), first.evaluate(network, CONTEXT));
    }

    @Test
    void providerDescribesXor() {
        XorProvider provider = new XorProvider();
        assertEquals("xor", provider.id());
        assertEquals(XorConfig.class, provider.configType());
        assertEquals(new XorConfig(), provider.defaults());
        Task task = provider.create(provider.defaults());
        assertInstanceOf(XorTask.class, task);
        assertEquals(2, task.inputs());
        assertEquals(1, task.outputs());
        assertTrue(task.deterministic());
        assertEquals(0.0, task.nullFitness());
    }

    /** Returns the given outputs for the patterns (0,0), (0,1), (1,0), (1,1). */
    private static final class TableNetwork extends FunctionNetwork {
        TableNetwork(double o00, double o01, double o10, double o11) {
            super((x, y) -> x == 0 ? (y == 0 ? o00 : o01) : (y == 0 ? o10 : o11));
        }
    }

    /** A two-input network computing a function of its inputs, recording calls. */
    private static class FunctionNetwork extends ScriptedNetwork {
        final List<String> calls = new ArrayList<>();
        private final DoubleBinaryOperator function;

        FunctionNetwork(DoubleBinaryOperator function) {
            super(2, 1);
            this.function = function;
        }

        @Override
        public void activate(double[] inputs, double[] outputs) {
            calls.add("activate " + (int) inputs[0] + " " + (int) inputs[1]);
            outputs[0] = function.applyAsDouble(inputs[0], inputs[1]);
        }

        @Override
        public void reset() {
            calls.add("reset");
        }
    }
}
