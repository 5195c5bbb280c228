package org.neurula.fitness.pole;

import java.util.Optional;
import java.util.function.Predicate;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.network.Network;

/**
 * Double pole balancing without velocities (DPNV): three inputs (x, θ1, θ2), so a network must
 * estimate velocities through recurrent connections (run it with {@code genome.recurrent: true}).
 * Fitness is Gruau, Whitley &amp; Pyeatt's (1996) damping fitness over a 1,000-step trial:
 * 0.1·t/1000 + 0.9·0.75/Σ(|x| + |ẋ| + |θ1| + |θ̇1|) over the last 100 steps (the second term 0 before
 * step 100). As in the NEAT release's experiment, one champion per generation is then tested
 * ({@link #championTest()}; the engine picks the champion of the best species not tested since it
 * last improved): it must last the trial, balance {@code testSteps} (100,000) steps from
 * the standard start, and balance at least {@code generalizationThreshold} (200) of 625 starts (x, ẋ,
 * θ1, θ̇1 each at 0.05, 0.25, 0.5, 0.75 and 0.95 of the ranges ±2.16 m, ±1.35 m/s, ±3.6°, ±8.6°/s) for
 * 1,000 steps. A run is solved when a champion passes. Deterministic.
 *
 * <p>Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, the observation's
 * variables (x, θ1, θ2) along y = −1 in that order and the force output at (0, 1). The inputs are state
 * variables, not places, and the single output pushes left or right by its value, so no left/right
 * layout would be more than a guess.
 *
 * @param config the parameters
 */
public record DpnvTask(DpnvConfig config) implements Task {

    /** The five points of each range used by the generalization test. */
    static final double[] GENERALIZATION_POINTS = {0.05, 0.25, 0.5, 0.75, 0.95};
    /** Half-ranges of x (m), ẋ (m/s), θ1 (rad) and θ̇1 (rad/s) for the generalization starts. */
    static final double[] GENERALIZATION_RANGES = {2.16, 1.35, Math.toRadians(3.6), Math.toRadians(8.6)};
    /** Steps each generalization start must be balanced. */
    static final int GENERALIZATION_STEPS = 1000;

    @Override
    public int inputs() {
        return Observation.DOUBLE_POLE_POSITIONS.inputs();
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public Evaluator newEvaluator() {
        Balancer balancer = new Balancer(Observation.DOUBLE_POLE_POSITIONS, false, DpvTask.FAILURE_ANGLE);
        return (network, context) -> {
            balancer.cart().set(0, 0, config.startAngle(), 0, 0, 0);
            int steps = balancer.balance(network, config.trialSteps());
            return Fitness.of(balancer.dampingFitness(steps, config.trialSteps()));
        };
    }

    /** The champion's tests: the whole trial, the long test, then the generalization starts. */
    @Override
    public Optional<Predicate<Network>> championTest() {
        Balancer balancer = new Balancer(Observation.DOUBLE_POLE_POSITIONS, false, DpvTask.FAILURE_ANGLE);
        return Optional.of(network -> {
            balancer.cart().set(0, 0, config.startAngle(), 0, 0, 0);
            return balancer.balance(network, config.trialSteps()) >= config.trialSteps()
                    && passesLongTest(balancer, network)
                    && generalization(balancer, network, config.generalizationThreshold())
                            >= config.generalizationThreshold();
        });
    }

    private boolean passesLongTest(Balancer balancer, Network network) {
        balancer.cart().set(0, 0, config.startAngle(), 0, 0, 0);
        return balancer.balance(network, config.testSteps()) >= config.testSteps();
    }

    /**
     * How many of the 625 generalization starts {@code network} balances for 1,000 steps, counting
     * only until the answer to "at least {@code needed}?" is certain: it stops once {@code needed}
     * starts succeeded or too few starts remain to get there. A {@code needed} above 625 counts all.
     */
    static int generalization(Balancer balancer, Network network, int needed) {
        int total = GENERALIZATION_POINTS.length * GENERALIZATION_POINTS.length * GENERALIZATION_POINTS.length
                * GENERALIZATION_POINTS.length;
        int successes = 0;
        int tried = 0;
        for (double px : GENERALIZATION_POINTS) {
            for (double pv : GENERALIZATION_POINTS) {
                for (double pa : GENERALIZATION_POINTS) {
                    for (double pw : GENERALIZATION_POINTS) {
                        if (successes >= needed || (needed <= total && successes + (total - tried) < needed)) {
                            return successes;
                        }
                        tried++;
                        balancer.cart().set(at(0, px), at(1, pv), at(2, pa), at(3, pw), 0, 0);
                        if (balancer.balance(network, GENERALIZATION_STEPS) >= GENERALIZATION_STEPS) {
                            successes++;
                        }
                    }
                }
            }
        }
        return successes;
    }

    private static double at(int variable, double point) {
        double half = GENERALIZATION_RANGES[variable];
        return -half + point * 2 * half;
    }
}
