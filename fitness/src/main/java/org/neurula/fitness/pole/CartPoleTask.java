package org.neurula.fitness.pole;

import java.util.random.RandomGenerator;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Gymnasium's {@code CartPole-v1} ({@link GymCartPole}), the cart-pole of reinforcement-learning
 * benchmarks and of the neural developmental program paper (Najarro, Sudhakaran &amp; Risi 2023): each
 * episode starts with x, ẋ, θ and θ̇ uniform in ±0.05 (drawn from the evaluation's generator), the
 * network sees the raw state (x, ẋ, θ, θ̇) every step and pushes left or right; the reward is 1 for
 * every step taken, the failing one included, up to {@code steps}. Fitness: the mean reward over
 * {@code episodes}; solved at a mean of at least 475 of 500 (Gymnasium's reward threshold for v1, scaled
 * to other step limits as 95 %). The network is reset before every episode. Not deterministic.
 *
 * @param config the parameters
 */
public record CartPoleTask(CartPoleConfig config) implements Task {

    /** The share of the step limit a mean reward must reach to count as solved (475 of 500). */
    static final double SOLVED_SHARE = 0.95;

    @Override
    public int inputs() {
        return 4;
    }

    @Override
    public int outputs() {
        return config.outputs();
    }

    @Override
    public boolean deterministic() {
        return false;
    }

    @Override
    public Evaluator newEvaluator() {
        GymCartPole cart = new GymCartPole();
        double[] in = new double[4];
        double[] out = new double[config.outputs()];
        return (network, context) -> {
            RandomGenerator random = context.random();
            long total = 0;
            for (int e = 0; e < config.episodes(); e++) {
                cart.set(random.nextDouble(-0.05, 0.05), random.nextDouble(-0.05, 0.05),
                        random.nextDouble(-0.05, 0.05), random.nextDouble(-0.05, 0.05));
                network.reset();
                int reward = 0;
                while (reward < config.steps()) {
                    in[0] = cart.x;
                    in[1] = cart.xDot;
                    in[2] = cart.theta;
                    in[3] = cart.thetaDot;
                    network.activate(in, out);
                    cart.step(out.length == 1 ? out[0] > 0.5 : out[1] > out[0]);
                    reward++;
                    if (cart.failed()) {
                        break;
                    }
                }
                total += reward;
            }
            double mean = (double) total / config.episodes();
            return new Fitness(mean, mean >= SOLVED_SHARE * config.steps());
        };
    }
}
