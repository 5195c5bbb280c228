package org.neurula.fitness.pole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.network.Network;

/** The pole-balancing tasks with scripted controllers: scoring, the damping fitness, the tests. */
class PoleTasksTest {

    private static EvaluationContext context(long seed) {
        return new EvaluationContext(new SplittableRandom(seed), 0, 0, 0);
    }

    /** A controller as a network: output = f(inputs). */
    private static Network controller(int inputs, ToDoubleFunction<double[]> f) {
        return ScriptedNetwork.of(inputs, f);
    }

    @Test
    void registered() {
        assertTrue(TaskRegistry.load().ids().containsAll(java.util.List.of("pole", "dpv", "dpnv")));
    }

    @Test
    void doingNothingFailsDpvQuicklyAndIsNotSolved() {
        DpvTask task = new DpvTask(new DpvProvider().defaults());
        Fitness idle = task.newEvaluator().evaluate(controller(6, in -> 0.5), context(1));
        assertFalse(idle.solved());
        assertTrue(idle.value() > 10 && idle.value() < 200, "an unpushed 4-degree pole falls within seconds: "
                + idle.value());
        Fitness pushing = task.newEvaluator().evaluate(controller(6, in -> 1.0), context(1));
        assertTrue(pushing.value() < idle.value() + 200, "full force one way runs off the track");
    }

    @Test
    void dampingFitnessFollowsGruausFormula() {
        Balancer balancer = new Balancer(Observation.DOUBLE_POLE_POSITIONS, false, DpvTask.FAILURE_ANGLE);
        assertEquals(0.1 * 50 / 1000.0, balancer.dampingFitness(50, 1000), 1e-12, "no damping term before step 100");
        balancer.cart().set(0, 0, 0, 0, 0, 0);
        Network idle = controller(3, in -> 0.5);
        int steps = balancer.balance(idle, 1000);
        assertEquals(1000, steps, "an upright cart at rest stays up under zero force");
        // all wiggle values are 0, so the damping term is infinite: the formula is taken literally
        assertEquals(Double.POSITIVE_INFINITY, balancer.dampingFitness(steps, 1000));
        balancer.cart().set(0.5, 0, 0, 0, 0, 0);
        steps = balancer.balance(idle, 1000);
        assertEquals(1000, steps);
        assertEquals(0.1 + 0.9 * 0.75 / (100 * 0.5), balancer.dampingFitness(steps, 1000), 1e-9,
                "a cart resting at x = 0.5 wiggles 0.5 per step");
    }

    @Test
    void dpnvCountsGeneralizationStartsAndAnIdleNetworkFailsThem() {
        Balancer balancer = new Balancer(Observation.DOUBLE_POLE_POSITIONS, false, DpvTask.FAILURE_ANGLE);
        // Without control only the five starts with the poles upright and still and the cart at rest
        // (θ1, θ̇1 and ẋ at the middle of their ranges, x at any of its five points) survive.
        Network idle = controller(3, in -> 0.5);
        assertEquals(5, DpnvTask.generalization(balancer, idle, Integer.MAX_VALUE));
        assertEquals(3, DpnvTask.generalization(balancer, idle, 3), "counting stops at the goal");
        // Starts run with x outermost; the idle successes sit at start 62 of each block of 125. With
        // 400 needed, the count gives up once fewer than 400 starts remain (after 226): 2 successes.
        assertEquals(2, DpnvTask.generalization(balancer, idle, 400), "a goal out of reach is given up early");
        DpnvTask task = new DpnvTask(new DpnvProvider().defaults());
        Fitness f = task.newEvaluator().evaluate(controller(3, in -> 0.5), context(2));
        assertFalse(f.solved(), "evaluations never decide success; the champion test does");
        assertTrue(f.value() > 0 && f.value() < 0.2, "short trial, small fitness: " + f.value());
        assertFalse(task.championTest().orElseThrow().test(controller(3, in -> 0.5)),
                "an idle network fails the champion's tests");
    }

    @Test
    void singlePoleUsesTheWorstRandomStartFromTheContextsGenerator() {
        PoleTask task = new PoleTask(new PoleConfig(500, 5));
        Network idle = controller(4, in -> 0.6);
        Fitness a = task.newEvaluator().evaluate(idle, context(3));
        Fitness b = task.newEvaluator().evaluate(idle, context(3));
        Fitness c = task.newEvaluator().evaluate(idle, context(4));
        assertEquals(a, b, "same generator, same starts");
        assertTrue(a.value() < 0.2 && !a.solved(), "pushing one way always fails: " + a.value());
        assertTrue(a.value() != c.value() || a.value() == 0.0, "other starts, other score");
        // bang-bang on the sign of θ + 0.4·θ̇ + 0.3·ẋ (scaled inputs) keeps the pole up
        Network balancing = controller(4, in -> in[2] + 0.4 * in[3] + 0.3 * in[1] > 0 ? 1.0 : 0.0);
        for (long seed : new long[] {3, 4, 5}) {
            Fitness good = task.newEvaluator().evaluate(balancing, context(seed));
            assertEquals(1.0, good.value(), "a sensible bang-bang controller survives every start, seed " + seed);
            assertTrue(good.solved());
        }
    }

    @Test
    void badParametersNameTheKey() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DpvProvider().create(new DpvConfig(0, 0.07))).getMessage().contains("steps"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DpvProvider().create(new DpvConfig(10, 1.0))).getMessage().contains("startAngle"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DpnvProvider().create(new DpnvConfig(1000, 100, 700, 0.07))).getMessage()
                .contains("generalizationThreshold"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PoleProvider().create(new PoleConfig(100, -1))).getMessage().contains("starts"));
    }
}
