package org.neurula.fitness.pole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The cart-pole physics independent of evolution: equilibrium, falling, mirror symmetry, and a
 * trajectory checked against an independent fine-step integration of Wieland's equations.
 */
class CartPoleTest {

    @Test
    void anUprightCartAtRestWithNoForceStaysPut() {
        for (boolean two : new boolean[] {false, true}) {
            CartPole cart = new CartPole(two);
            cart.set(0, 0, 0, 0, 0, 0);
            for (int i = 0; i < 10_000; i++) {
                cart.step(0.0);
            }
            for (int k = 0; k < 6; k++) {
                assertEquals(0.0, cart.state(k), "component " + k + " with two poles " + two);
            }
        }
    }

    @Test
    void aTiltedPoleFallsTowardItsTiltAndPushesTheCartBack() {
        CartPole cart = new CartPole(true);
        cart.set(0, 0, 0.05, 0, 0, 0);
        double previous = 0.05;
        for (int i = 0; i < 30; i++) {
            cart.step(0.0);
            assertTrue(cart.state(2) > previous, "the long pole keeps falling right at step " + i);
            previous = cart.state(2);
        }
        assertTrue(cart.state(3) > 0, "angular velocity points along the tilt");
        assertTrue(cart.state(1) < 0, "the falling pole pushes the cart the other way");
        CartPole left = new CartPole(false);
        left.set(0, 0, -0.05, 0, 0, 0);
        for (int i = 0; i < 30; i++) {
            left.step(0.0);
        }
        assertTrue(left.state(2) < -0.05, "a pole tilted left falls left");
    }

    @Test
    void theShortPoleFallsFasterThanTheLongOne() {
        CartPole cart = new CartPole(true);
        cart.set(0, 0, 0.05, 0, 0.05, 0);
        for (int i = 0; i < 10; i++) {
            cart.step(0.0);
        }
        assertTrue(cart.state(4) > cart.state(2), "shorter poles have the faster dynamics");
    }

    @Test
    void mirroredStartAndForceGiveAMirroredTrajectory() {
        CartPole a = new CartPole(true);
        CartPole b = new CartPole(true);
        a.set(0.3, -0.2, 0.04, 0.1, -0.02, 0.3);
        b.set(-0.3, 0.2, -0.04, -0.1, 0.02, -0.3);
        for (int i = 0; i < 200; i++) {
            double force = 7.0 * Math.sin(i * 0.1);
            a.step(force);
            b.step(-force);
            for (int k = 0; k < 6; k++) {
                assertEquals(a.state(k), -b.state(k), 1e-12, "component " + k + " at step " + i);
            }
        }
    }

    @Test
    void forcePushesTheCartAndTipsThePolesBackward() {
        CartPole cart = new CartPole(true);
        cart.set(0, 0, 0, 0, 0, 0);
        cart.step(10.0);
        assertTrue(cart.state(1) > 0, "the cart accelerates with the force");
        assertTrue(cart.state(3) < 0 && cart.state(5) < 0, "the poles lag behind");
    }

    @Test
    void failureLimits() {
        CartPole cart = new CartPole(true);
        double limit = Math.toRadians(36);
        cart.set(2.39, 0, 0, 0, 0, 0);
        assertFalse(cart.failed(limit));
        cart.set(2.41, 0, 0, 0, 0, 0);
        assertTrue(cart.failed(limit));
        cart.set(0, 0, 0, 0, limit + 1e-9, 0);
        assertTrue(cart.failed(limit), "the short pole counts too");
        CartPole single = new CartPole(false);
        single.set(0, 0, 0, 0, 1.0, 0);
        assertFalse(single.failed(limit), "a single-pole cart has no second pole");
    }

    /**
     * Wieland's equations written out again, independently of {@link CartPole}. Integrated by a
     * separately written Runge-Kutta step of the same size they give the same trajectory to 1e-12;
     * integrated by the midpoint rule at a step 1,000 times finer they agree to a relative 1e-5, the
     * size of fourth-order Runge-Kutta's truncation error at 0.01 s given the short pole's fast
     * dynamics (a time constant of about 0.07 s); a wrong sign or constant would be off by far more.
     * The cart keeps moving right, so the friction term sgn(ẋ) stays smooth.
     */
    @Test
    void matchesAnIndependentIntegrationOfWielandsEquations() {
        double[] start = {0.1, 0.5, 0.02, -0.05, -0.01, 0.05};
        double[] rk = start.clone();
        double[] fineState = start.clone();
        CartPole cart = new CartPole(true);
        cart.set(start[0], start[1], start[2], start[3], start[4], start[5]);
        double h = CartPole.TIME_STEP;
        double fine = h / 1000;
        for (int step = 0; step < 12; step++) {
            double force = step < 6 ? 1.0 : 0.5;
            cart.step(force);
            assertTrue(cart.state(1) > 0, "the cart still moves right");
            assertFalse(cart.failed(Math.toRadians(36)), "the poles stay in the balancing range");
            double[] k1 = wieland(rk, force);
            double[] k2 = wieland(add(rk, k1, h / 2), force);
            double[] k3 = wieland(add(rk, k2, h / 2), force);
            double[] k4 = wieland(add(rk, k3, h), force);
            for (int i = 0; i < 6; i++) {
                rk[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            for (int k = 0; k < 1000; k++) {
                double[] mid = add(fineState, wieland(fineState, force), fine / 2);
                double[] dm = wieland(mid, force);
                for (int i = 0; i < 6; i++) {
                    fineState[i] += fine * dm[i];
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(rk[i], cart.state(i), 1e-12, "component " + i + " against the same-step integration");
            assertEquals(fineState[i], cart.state(i), 1e-5 * Math.max(1.0, Math.abs(fineState[i])),
                    "component " + i + " against the fine integration");
        }
    }

    private static double[] add(double[] s, double[] d, double h) {
        double[] r = new double[6];
        for (int i = 0; i < 6; i++) {
            r[i] = s[i] + h * d[i];
        }
        return r;
    }

    private static double[] wieland(double[] s, double force) {
        double g = 9.8;
        double muc = 0.0005;
        double mup = 0.000002;
        double[] m = {0.1, 0.01};
        double[] l = {0.5, 0.05};
        double fSum = 0;
        double mSum = 0;
        for (int p = 0; p < 2; p++) {
            double th = s[2 + 2 * p];
            double om = s[3 + 2 * p];
            fSum += m[p] * l[p] * om * om * Math.sin(th)
                    + 0.75 * m[p] * Math.cos(th) * (mup * om / (m[p] * l[p]) - g * Math.sin(th));
            mSum += m[p] * (1 - 0.75 * Math.cos(th) * Math.cos(th));
        }
        double xAcc = (force - muc * Math.signum(s[1]) + fSum) / (1.0 + mSum);
        double[] d = new double[6];
        d[0] = s[1];
        d[1] = xAcc;
        for (int p = 0; p < 2; p++) {
            double th = s[2 + 2 * p];
            double om = s[3 + 2 * p];
            d[2 + 2 * p] = om;
            d[3 + 2 * p] = -0.75 / l[p] * (xAcc * Math.cos(th) - g * Math.sin(th) + mup * om / (m[p] * l[p]));
        }
        return d;
    }
}
