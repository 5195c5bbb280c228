package org.neurula.fitness.pole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;

/**
 * Gymnasium's CartPole-v1: the Euler step against values computed independently from Gymnasium's
 * equations (a Python transcription of {@code cartpole.py}, run once), the reward counting, the two
 * ways of acting, the solved threshold, and bad settings.
 */
class CartPoleTaskTest {

    @Test
    void oneStepMatchesGymnasiumsEquations() {
        GymCartPole cart = new GymCartPole();
        cart.set(0.01, -0.02, 0.03, 0.04);
        cart.step(true);
        assertEquals(0.009600000000000001, cart.x, 1e-15);
        assertEquals(0.17467919574755525, cart.xDot, 1e-15);
        assertEquals(0.030799999999999998, cart.theta, 1e-15);
        assertEquals(-0.24306871796000815, cart.thetaDot, 1e-15);
        cart.step(false);
        assertEquals(0.013093583914951107, cart.x, 1e-15);
        assertEquals(-0.020868848948191993, cart.xDot, 1e-15);
        assertEquals(0.025938625640799833, cart.theta, 1e-15);
        assertEquals(0.05916799993941654, cart.thetaDot, 1e-15);
        // pushing right all the time from there topples the pole (θ below −12°) on the 10th step
        cart.set(0.01, -0.02, 0.03, 0.04);
        int steps = 0;
        do {
            cart.step(true);
            steps++;
        } while (!cart.failed());
        assertEquals(10, steps);
    }

    private static Fitness evaluate(CartPoleConfig config, ScriptedNetwork network) {
        return new CartPoleTask(config).newEvaluator().evaluate(network,
                new EvaluationContext(new SplittableRandom(4), 0, 0, 0));
    }

    /** Two outputs: right when the pole leans or turns right (a textbook bang-bang balancer). */
    private static ScriptedNetwork balancer(int outputs) {
        return new ScriptedNetwork(4, outputs) {
            @Override
            public void activate(double[] in, double[] out) {
                boolean right = in[2] + 0.5 * in[3] > 0;
                if (outputs == 1) {
                    out[0] = right ? 1 : 0;
                } else {
                    out[0] = right ? 0 : 1;
                    out[1] = right ? 1 : 0;
                }
            }
        };
    }

    @Test
    void aBalancerEarnsEveryStepAndAConstantPushFailsEarly() {
        CartPoleConfig config = new CartPoleConfig(10, 500, 2);
        Fitness balanced = evaluate(config, balancer(2));
        assertEquals(500.0, balanced.value(), "the balancer lasts all 500 steps of every episode");
        assertTrue(balanced.solved());
        assertEquals(500.0, evaluate(new CartPoleConfig(10, 500, 1), balancer(1)).value(), "one output, same policy");
        Fitness pushing = evaluate(config, new ScriptedNetwork(4, 2) {
            @Override
            public void activate(double[] in, double[] out) {
                out[0] = 0;
                out[1] = 1;
            }
        });
        assertTrue(pushing.value() > 5 && pushing.value() < 20, "a constant push lasts a few steps: " + pushing.value());
        assertFalse(pushing.solved());
        Fitness tie = evaluate(config, new ScriptedNetwork(4, 2) {
            @Override
            public void activate(double[] in, double[] out) {
                out[0] = 0.3;
                out[1] = 0.3;
            }
        });
        assertTrue(tie.value() < 20, "a tie pushes left every step: " + tie.value());
    }

    /** Balances, then from step {@code from} of each episode pushes right until the pole falls. */
    private static ScriptedNetwork balancingUntil(int from) {
        return new ScriptedNetwork(4, 2) {
            int step;

            @Override
            public void reset() {
                step = 0;
            }

            @Override
            public void activate(double[] in, double[] out) {
                boolean right = step++ >= from || in[2] + 0.5 * in[3] > 0;
                out[0] = right ? 0 : 1;
                out[1] = right ? 1 : 0;
            }
        };
    }

    @Test
    void solvedAtAMeanOf475OfTheFirst500Steps() {
        CartPoleConfig config = new CartPoleConfig(10, 500, 2);
        Fitness late = evaluate(config, balancingUntil(470));
        assertTrue(late.value() > 475 && late.value() < 500, "falls a few steps after 470: " + late.value());
        assertTrue(late.solved(), "the network is reset before every episode, so each lasts past 470");
        Fitness early = evaluate(config, balancingUntil(400));
        assertTrue(early.value() > 400 && early.value() < 475, early.value() + "");
        assertFalse(early.solved());
    }

    @Test
    void badSettingsNameTheKey() {
        CartPoleProvider provider = new CartPoleProvider();
        assertEquals(new CartPoleConfig(10, 500, 2), provider.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new CartPoleConfig(10, 500, 3)));
        assertTrue(e.getMessage().startsWith("outputs must be 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> provider.create(new CartPoleConfig(0, 500, 2)));
    }
}
