package org.neurula.fitness.regression;

import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Fits a function of one variable at fixed sample points: one input (x), one output (the estimate).
 * Fitness is {@code 1 / (1 + MSE)} (1 for a perfect fit); solved when the root-mean-square error is at
 * most the tolerance. The output must be able to reach the function's range: a steepened sigmoid
 * output only reaches (0, 1), so fitting a sine wants an {@code identity} or {@code tanh} output.
 * A recurrent network is reset before each sample. Geometry: the default
 * {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, the input at (0, −1), the output at (0, 1).
 *
 * @param xs        the sample points
 * @param targets   the function's values there
 * @param tolerance the largest root-mean-square error that counts as solved
 */
public record RegressionTask(double[] xs, double[] targets, double tolerance) implements Task {

    /** Checks that there is one target per sample point. */
    public RegressionTask {
        if (xs.length == 0 || xs.length != targets.length) {
            throw new IllegalArgumentException("regression needs one target per sample point");
        }
    }

    /** Samples {@code function} at {@code samples} evenly spaced points from {@code from} to {@code to}. */
    public static RegressionTask sampling(TargetFunction function, int samples, double from, double to,
            double tolerance) {
        double[] xs = new double[samples];
        double[] ys = new double[samples];
        for (int i = 0; i < samples; i++) {
            xs[i] = samples == 1 ? from : from + (to - from) * i / (samples - 1);
            ys[i] = function.apply(xs[i]);
        }
        return new RegressionTask(xs, ys, tolerance);
    }

    @Override
    public int inputs() {
        return 1;
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public Evaluator newEvaluator() {
        double[] input = new double[1];
        double[] output = new double[1];
        return (network, context) -> {
            double squared = 0;
            for (int i = 0; i < xs.length; i++) {
                network.reset();
                input[0] = xs[i];
                network.activate(input, output);
                double error = output[0] - targets[i];
                squared += error * error;
            }
            double mse = squared / xs.length;
            if (Double.isNaN(mse)) {
                return new Fitness(0.0, false);
            }
            return new Fitness(1.0 / (1.0 + mse), Math.sqrt(mse) <= tolerance);
        };
    }
}
