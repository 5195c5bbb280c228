package org.neurula.fitness.pole;

import java.util.random.RandomGenerator;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Single pole balancing in the style of neat-python's example: the long pole alone (Wieland's
 * equations, friction included), a bang-bang force of ±10 N chosen by the sign of o − 0.5 every
 * 0.02 s, failure beyond ±2.4 m or ±12°. Each evaluation starts from {@code starts} random states
 * (x in ±1.2 m, ẋ in ±1 m/s, θ in ±6°, θ̇ in ±0.5 rad/s, drawn from the evaluation's own generator)
 * and scores the worst fraction of {@code steps} balanced; solved when every start lasts the
 * whole episode. Not deterministic: each evaluation draws new starts.
 *
 * <p>Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, the observation's
 * variables (x, ẋ, θ, θ̇) along y = −1 in that order and the force output at (0, 1). The inputs are state
 * variables, not places, and the single output pushes left or right by its value, so no left/right
 * layout would be more than a guess.
 *
 * @param config the parameters
 */
public record PoleTask(PoleConfig config) implements Task {

    static final double FAILURE_ANGLE = Math.toRadians(12);

    @Override
    public int inputs() {
        return Observation.SINGLE_POLE.inputs();
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public boolean deterministic() {
        return false;
    }

    @Override
    public Evaluator newEvaluator() {
        Balancer balancer = new Balancer(Observation.SINGLE_POLE, true, FAILURE_ANGLE);
        return (network, context) -> {
            RandomGenerator random = context.random();
            int worst = Integer.MAX_VALUE;
            for (int s = 0; s < config.starts(); s++) {
                balancer.cart().set(random.nextDouble(-1.2, 1.2), random.nextDouble(-1.0, 1.0),
                        random.nextDouble(-Math.toRadians(6), Math.toRadians(6)), random.nextDouble(-0.5, 0.5), 0, 0);
                worst = Math.min(worst, balancer.balance(network, config.steps()));
            }
            return new Fitness((double) worst / config.steps(), worst >= config.steps());
        };
    }
}
