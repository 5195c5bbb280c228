package org.neurula.fitness.pole;

import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Double pole balancing with velocities (DPV; Wieland 1991, as benchmarked by Gomez &amp; Miikkulainen
 * and in the NEAT paper, section 4.2): six inputs, one output setting a force in [-10, 10] N every
 * 0.02 s, failure when the cart leaves ±2.4 m or a pole passes ±36°. Fitness is the number of steps
 * balanced from the standard start; solved at {@code steps} (100,000, about 33 minutes of simulated
 * time). Deterministic.
 *
 * <p>Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, the observation's
 * variables (x, ẋ, θ1, θ̇1, θ2, θ̇2) along y = −1 in that order and the force output at (0, 1). The inputs are state
 * variables, not places, and the single output pushes left or right by its value, so no left/right
 * layout would be more than a guess.
 *
 * @param config the parameters
 */
public record DpvTask(DpvConfig config) implements Task {

    /** Failure angle of both poles: 36°. */
    static final double FAILURE_ANGLE = Math.toRadians(36);

    @Override
    public int inputs() {
        return Observation.DOUBLE_POLE_VELOCITIES.inputs();
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public Evaluator newEvaluator() {
        Balancer balancer = new Balancer(Observation.DOUBLE_POLE_VELOCITIES, false, FAILURE_ANGLE);
        return (network, context) -> {
            balancer.cart().set(0, 0, config.startAngle(), 0, 0, 0);
            int steps = balancer.balance(network, config.steps());
            return new Fitness(steps, steps >= config.steps());
        };
    }
}
