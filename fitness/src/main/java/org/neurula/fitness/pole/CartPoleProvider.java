package org.neurula.fitness.pole;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** Provides {@link CartPoleTask} under the id {@code cartpole}. */
public final class CartPoleProvider implements TaskProvider<CartPoleConfig> {

    @Override
    public String id() {
        return "cartpole";
    }

    @Override
    public String description() {
        return "Gymnasium's CartPole-v1: mean reward of 10 episodes of at most 500 steps, solved at 475";
    }

    @Override
    public Class<CartPoleConfig> configType() {
        return CartPoleConfig.class;
    }

    @Override
    public CartPoleConfig defaults() {
        return new CartPoleConfig(10, 500, 2);
    }

    @Override
    public Task create(CartPoleConfig config) {
        ConfigChecks.positive(config.episodes(), "episodes");
        ConfigChecks.positive(config.steps(), "steps");
        if (config.outputs() != 1 && config.outputs() != 2) {
            throw new IllegalArgumentException("outputs must be 1 (push right above 0.5) or 2 (the larger output "
                    + "acts), was " + config.outputs());
        }
        return new CartPoleTask(config);
    }
}
