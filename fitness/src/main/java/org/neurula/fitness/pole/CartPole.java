package org.neurula.fitness.pole;

/**
 * A cart on a track carrying one or two poles hinged side by side, simulated with the equations of
 * Wieland (1991) as used by Gomez &amp; Miikkulainen and the NEAT paper, integrated by fourth-order
 * Runge-Kutta. Constants (SI units): cart 1 kg, track ±2.4 m, long pole 0.1 kg with half-length
 * 0.5 m, short pole 0.01 kg with half-length 0.05 m, cart friction 0.0005, hinge friction 0.000002,
 * gravity 9.8 m/s², integration step 0.01 s.
 *
 * <p>For pole i with angle θ (0 upright, positive to the right) the effective force and mass are
 * F̃ = m·l·θ̇²·sinθ + ¾·m·cosθ·(μp·θ̇/(m·l) − g·sinθ) and m̃ = m·(1 − ¾·cos²θ); then
 * ẍ = (F − μc·sgn ẋ + ΣF̃) / (M + Σm̃) and θ̈ = −¾·(ẍ·cosθ − g·sinθ + μp·θ̇/(m·l)) / l.
 *
 * <p>The state is {x, ẋ, θ1, θ̇1, θ2, θ̇2}; with one pole the last two stay 0. Mutable; one instance
 * per evaluator. Stepping allocates nothing.
 */
public final class CartPole {

    /** Gravitational acceleration, m/s². */
    public static final double GRAVITY = 9.8;
    /** Cart mass, kg. */
    public static final double CART_MASS = 1.0;
    /** Long pole mass, kg. */
    public static final double POLE1_MASS = 0.1;
    /** Long pole half-length, m. */
    public static final double POLE1_HALF_LENGTH = 0.5;
    /** Short pole mass, kg. */
    public static final double POLE2_MASS = 0.01;
    /** Short pole half-length, m. */
    public static final double POLE2_HALF_LENGTH = 0.05;
    /** Cart-track friction coefficient. */
    public static final double CART_FRICTION = 0.0005;
    /** Pole hinge friction coefficient. */
    public static final double POLE_FRICTION = 0.000002;
    /** Runge-Kutta step, s. */
    public static final double TIME_STEP = 0.01;
    /** The cart fails beyond ±this, m. */
    public static final double TRACK_LIMIT = 2.4;

    private final boolean twoPoles;
    private final double[] state = new double[6];
    private final double[] k1 = new double[6];
    private final double[] k2 = new double[6];
    private final double[] k3 = new double[6];
    private final double[] k4 = new double[6];
    private final double[] tmp = new double[6];

    /** A cart with one pole (the long one) or two. */
    public CartPole(boolean twoPoles) {
        this.twoPoles = twoPoles;
    }

    /** Whether the short pole is present. */
    public boolean twoPoles() {
        return twoPoles;
    }

    /** Sets the state {x, ẋ, θ1, θ̇1, θ2, θ̇2} (angles in radians). */
    public void set(double x, double xDot, double theta1, double theta1Dot, double theta2, double theta2Dot) {
        state[0] = x;
        state[1] = xDot;
        state[2] = theta1;
        state[3] = theta1Dot;
        state[4] = twoPoles ? theta2 : 0.0;
        state[5] = twoPoles ? theta2Dot : 0.0;
    }

    /** Component {@code i} of the state. */
    public double state(int i) {
        return state[i];
    }

    /** Advances by one Runge-Kutta step of {@link #TIME_STEP} under {@code force} newtons. */
    public void step(double force) {
        double h = TIME_STEP;
        derivatives(state, force, k1);
        for (int i = 0; i < 6; i++) {
            tmp[i] = state[i] + 0.5 * h * k1[i];
        }
        derivatives(tmp, force, k2);
        for (int i = 0; i < 6; i++) {
            tmp[i] = state[i] + 0.5 * h * k2[i];
        }
        derivatives(tmp, force, k3);
        for (int i = 0; i < 6; i++) {
            tmp[i] = state[i] + h * k3[i];
        }
        derivatives(tmp, force, k4);
        for (int i = 0; i < 6; i++) {
            state[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
        }
    }

    /** Whether the cart left the track or a pole passed ±{@code failureAngle} radians. */
    public boolean failed(double failureAngle) {
        return Math.abs(state[0]) > TRACK_LIMIT || Math.abs(state[2]) > failureAngle
                || (twoPoles && Math.abs(state[4]) > failureAngle);
    }

    /** The time derivatives of state {@code s} under {@code force}, written into {@code d}. */
    void derivatives(double[] s, double force, double[] d) {
        double xDot = s[1];
        double effectiveForce = pole(s[2], s[3], POLE1_MASS, POLE1_HALF_LENGTH, true);
        double effectiveMass = pole(s[2], s[3], POLE1_MASS, POLE1_HALF_LENGTH, false);
        if (twoPoles) {
            effectiveForce += pole(s[4], s[5], POLE2_MASS, POLE2_HALF_LENGTH, true);
            effectiveMass += pole(s[4], s[5], POLE2_MASS, POLE2_HALF_LENGTH, false);
        }
        double xAcc = (force - CART_FRICTION * Math.signum(xDot) + effectiveForce) / (CART_MASS + effectiveMass);
        d[0] = xDot;
        d[1] = xAcc;
        d[2] = s[3];
        d[3] = angularAcceleration(s[2], s[3], xAcc, POLE1_MASS, POLE1_HALF_LENGTH);
        d[4] = twoPoles ? s[5] : 0.0;
        d[5] = twoPoles ? angularAcceleration(s[4], s[5], xAcc, POLE2_MASS, POLE2_HALF_LENGTH) : 0.0;
    }

    private static double pole(double theta, double thetaDot, double mass, double halfLength, boolean force) {
        double cos = Math.cos(theta);
        if (!force) {
            return mass * (1.0 - 0.75 * cos * cos);
        }
        double sin = Math.sin(theta);
        return mass * halfLength * thetaDot * thetaDot * sin
                + 0.75 * mass * cos * (POLE_FRICTION * thetaDot / (mass * halfLength) - GRAVITY * sin);
    }

    private static double angularAcceleration(double theta, double thetaDot, double xAcc, double mass,
            double halfLength) {
        return -0.75 * (xAcc * Math.cos(theta) - GRAVITY * Math.sin(theta)
                + POLE_FRICTION * thetaDot / (mass * halfLength)) / halfLength;
    }
}
