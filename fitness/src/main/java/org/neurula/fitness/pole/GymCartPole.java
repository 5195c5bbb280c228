package org.neurula.fitness.pole;

/**
 * The cart-pole of Gymnasium's {@code CartPole-v1} (Barto, Sutton &amp; Anderson 1983 as coded in
 * Gymnasium's {@code classic_control/cartpole.py}): cart 1.0 kg, pole 0.1 kg with half-length 0.5 m, no
 * friction, force ±10 N, g = 9.8, explicit Euler steps of 0.02 s (positions from the old velocities, then
 * the velocities); the episode ends when |x| &gt; 2.4 m or |θ| &gt; 12°. Mutable state, one per evaluator.
 */
final class GymCartPole {

    static final double GRAVITY = 9.8;
    static final double CART_MASS = 1.0;
    static final double POLE_MASS = 0.1;
    static final double TOTAL_MASS = CART_MASS + POLE_MASS;
    static final double HALF_LENGTH = 0.5;
    static final double POLE_MASS_LENGTH = POLE_MASS * HALF_LENGTH;
    static final double FORCE = 10.0;
    static final double TAU = 0.02;
    static final double X_LIMIT = 2.4;
    static final double THETA_LIMIT = 12 * 2 * Math.PI / 360;

    double x;
    double xDot;
    double theta;
    double thetaDot;

    /** Sets the state. */
    void set(double x, double xDot, double theta, double thetaDot) {
        this.x = x;
        this.xDot = xDot;
        this.theta = theta;
        this.thetaDot = thetaDot;
    }

    /** One step pushing right ({@code right}) or left. */
    void step(boolean right) {
        double force = right ? FORCE : -FORCE;
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (HALF_LENGTH * (4.0 / 3.0 - POLE_MASS * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        x += TAU * xDot;
        xDot += TAU * xAcc;
        theta += TAU * thetaDot;
        thetaDot += TAU * thetaAcc;
    }

    /** Whether the episode is over. */
    boolean failed() {
        return x < -X_LIMIT || x > X_LIMIT || theta < -THETA_LIMIT || theta > THETA_LIMIT;
    }
}
