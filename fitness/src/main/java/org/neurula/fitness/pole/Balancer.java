package org.neurula.fitness.pole;

import org.neurula.neat.network.Network;

/**
 * Runs a network as the controller of a {@link CartPole}: every 0.02 s (two integration steps) the
 * network sees the scaled state and sets the force, {@code 10·(2·o − 1)} newtons from its output o,
 * or ±10 N by the sign of {@code o − 0.5} when bang-bang. Optionally records the last 100 values of
 * |x| + |ẋ| + |θ1| + |θ̇1| for Gruau et al.'s anti-wiggle fitness. One instance per evaluator.
 */
final class Balancer {

    /** Maximum force, N. */
    static final double FORCE = 10.0;
    /** Window of Gruau et al.'s damping term, in network steps. */
    static final int DAMPING_WINDOW = 100;

    private final CartPole cart;
    private final Observation observation;
    private final boolean bangBang;
    private final double failureAngle;
    private final double[] in;
    private final double[] out = new double[1];
    private final double[] wiggle = new double[DAMPING_WINDOW];

    Balancer(Observation observation, boolean bangBang, double failureAngle) {
        this.cart = new CartPole(observation != Observation.SINGLE_POLE);
        this.observation = observation;
        this.bangBang = bangBang;
        this.failureAngle = failureAngle;
        this.in = new double[observation.inputs()];
    }

    /** The simulated cart, to set its start state. */
    CartPole cart() {
        return cart;
    }

    /**
     * Balances from the cart's current state for at most {@code maxSteps} network steps.
     *
     * @return the steps completed before a failure, or {@code maxSteps}
     */
    int balance(Network network, int maxSteps) {
        network.reset();
        for (int t = 0; t < maxSteps; t++) {
            observation.observe(cart, in);
            network.activate(in, out);
            double force = bangBang ? (out[0] > 0.5 ? FORCE : -FORCE) : FORCE * (2.0 * out[0] - 1.0);
            cart.step(force);
            cart.step(force);
            wiggle[t % DAMPING_WINDOW] = Math.abs(cart.state(0)) + Math.abs(cart.state(1))
                    + Math.abs(cart.state(2)) + Math.abs(cart.state(3));
            if (cart.failed(failureAngle)) {
                return t;
            }
        }
        return maxSteps;
    }

    /**
     * Gruau et al.'s fitness after a trial of {@code trialSteps} that lasted {@code steps}:
     * 0.1·steps/trialSteps + 0.9·f2 with f2 = 0.75 / (sum of the last 100 wiggle values), 0 before
     * step 100.
     */
    double dampingFitness(int steps, int trialSteps) {
        double f1 = (double) steps / trialSteps;
        double f2 = 0.0;
        if (steps >= DAMPING_WINDOW) {
            double sum = 0;
            for (double w : wiggle) {
                sum += w;
            }
            f2 = 0.75 / sum;
        }
        return 0.1 * f1 + 0.9 * f2;
    }
}
