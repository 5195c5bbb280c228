package org.neurula.fitness.regression;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** {@code regression}: fit a function such as a sine over evenly spaced sample points. */
public final class RegressionProvider implements TaskProvider<RegressionConfig> {

    @Override
    public String id() {
        return "regression";
    }

    @Override
    public String description() {
        return "fit a function of x (" + String.join(", ", TargetFunction.ids())
                + ") at evenly spaced samples; fitness 1/(1+MSE), solved when RMS error <= tolerance";
    }

    @Override
    public Class<RegressionConfig> configType() {
        return RegressionConfig.class;
    }

    @Override
    public RegressionConfig defaults() {
        return new RegressionConfig("sine", 21, -Math.PI, Math.PI, 0.1);
    }

    @Override
    public Task create(RegressionConfig config) {
        TargetFunction function = TargetFunction.byId(config.function());
        if (config.samples() < 2 || config.samples() > 100_000) {
            throw new IllegalArgumentException("samples must lie in 2..100000, was " + config.samples());
        }
        if (!Double.isFinite(config.from()) || !Double.isFinite(config.to()) || !(config.from() < config.to())) {
            throw new IllegalArgumentException("from must be less than to (both finite), were " + config.from()
                    + " and " + config.to());
        }
        if (!(config.tolerance() > 0) || Double.isInfinite(config.tolerance())) {
            throw new IllegalArgumentException("tolerance must be a positive number (the RMS error that counts "
                    + "as solved), was " + config.tolerance());
        }
        return RegressionTask.sampling(function, config.samples(), config.from(), config.to(), config.tolerance());
    }
}
