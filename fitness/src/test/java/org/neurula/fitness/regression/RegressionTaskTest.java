package org.neurula.fitness.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.network.Network;

/** Regression mechanics: sample points, the fitness formula, the solved criterion, bad parameters. */
class RegressionTaskTest {

    private static final EvaluationContext CONTEXT = new EvaluationContext(new SplittableRandom(1), 0, 0, 0);

    @Test
    void samplesAreEvenlySpacedWithBothEnds() {
        RegressionTask task = RegressionTask.sampling(TargetFunction.SQUARE, 5, -1, 1, 0.05);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, task.xs(), 1e-12);
        assertArrayEquals(new double[] {1, 0.25, 0, 0.25, 1}, task.targets(), 1e-12);
    }

    @Test
    void theExactFunctionScoresOneAndSolves() {
        Task task = new RegressionProvider().create(new RegressionProvider().defaults());
        Fitness f = task.newEvaluator().evaluate(function(Math::sin), CONTEXT);
        assertEquals(1.0, f.value(), 1e-12);
        assertTrue(f.solved());
    }

    @Test
    void fitnessIsOneOverOnePlusTheMeanSquaredError() {
        RegressionTask task = RegressionTask.sampling(TargetFunction.SINE, 3, -Math.PI / 2, Math.PI / 2, 0.05);
        // targets -1, 0, 1; a network answering 0 errs by 1, 0, 1: MSE 2/3
        Fitness zero = task.newEvaluator().evaluate(function(x -> 0), CONTEXT);
        assertEquals(1.0 / (1.0 + 2.0 / 3.0), zero.value(), 1e-12);
        assertFalse(zero.solved());
        // an offset of 0.049 everywhere is within the tolerance of 0.05; 0.051 is over it
        assertTrue(task.newEvaluator().evaluate(function(x -> Math.sin(x) + 0.049), CONTEXT).solved());
        assertFalse(task.newEvaluator().evaluate(function(x -> Math.sin(x) + 0.051), CONTEXT).solved());
        Fitness nan = task.newEvaluator().evaluate(function(x -> Double.NaN), CONTEXT);
        assertEquals(new Fitness(0.0, false), nan, "a NaN output scores the worst fitness, not NaN");
    }

    @Test
    void badParametersNameTheKeyAndTheValidChoices() {
        RegressionProvider provider = new RegressionProvider();
        IllegalArgumentException function = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new RegressionConfig("sinus", 21, -1, 1, 0.05)));
        assertEquals("function must be one of sine, cosine, square, abs, gaussian, cubic, was 'sinus'",
                function.getMessage());
        assertEquals("samples must lie in 2..100000, was -3", assertThrows(IllegalArgumentException.class,
                () -> provider.create(new RegressionConfig("sine", -3, -1, 1, 0.05))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> provider.create(new RegressionConfig("sine", 21, 1, -1, 0.05))).getMessage()
                .startsWith("from must be less than to"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> provider.create(new RegressionConfig("sine", 21, -1, 1, 0))).getMessage()
                .startsWith("tolerance must be a positive number"));
    }

    /** A one-input network that computes a given function. */
    private static Network function(DoubleUnaryOperator f) {
        return ScriptedNetwork.of(1, in -> f.applyAsDouble(in[0]));
    }
}
