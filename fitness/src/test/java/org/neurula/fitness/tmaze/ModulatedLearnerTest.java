package org.neurula.fitness.tmaze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.network.PlasticityBlueprint;
import org.neurula.neat.plasticity.GeneScope;
import org.neurula.neat.plasticity.Normalization;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * A hand-built modulated network that learns the T-maze (with the way back home), run through the
 * real maze and the real plastic network: an existence proof of what evolution has to find, and a
 * check of the whole chain — modulatory node, gated ABCD rule, normalization, reset per lifetime.
 *
 * <p>The circuit: a phase latch X (−1 on the way out, +1 on the way back; set by the maze end, cleared
 * at home); a "junction next" detector K (on at home and at the maze end, the steps two before a
 * junction); a side memory S = tanh(w) whose input weight w from the bias is the only plastic
 * connection; four AND units that combine K, S and X one step before each junction so that the
 * output turns to S's side on the way out and to the other side on the way back; and a modulatory
 * node M = tanh(5·reward − 3·mazeEnd), positive for the high reward, negative for the low one, zero
 * elsewhere, gating w's Hebbian change Δw = tanh(2M)·η·S. A low reward flips w; per-neuron L2
 * normalization keeps |w| at 1.
 */
class ModulatedLearnerTest {

    private static final int H = 0, J = 1, E = 2, R = 3, BIAS = 4, O = 5, X = 6, K = 7, S = 8, A = 9, B = 10,
            C = 11, D = 12, M = 13;

    /** Modulated plasticity with per-neuron L2 normalization. */
    private static final PlasticityParameters SETTINGS = new PlasticityParameters(true, List.of(PlasticityRule.ABCD),
            GeneScope.CONNECTION, true, 0.0, 1.0, 1.0, 0.8, 0.1, 0.0, 10.0, Normalization.NEURON_L2, 10.0, 0.8, 0.4,
            false);

    private final IntArrayList sources = new IntArrayList();
    private final IntArrayList targets = new IntArrayList();
    private final DoubleArrayList weights = new DoubleArrayList();
    private final DoubleArrayList parameters = new DoubleArrayList();

    private void link(int source, int target, double weight) {
        link(source, target, weight, 0.0);
    }

    private void link(int source, int target, double weight, double eta) {
        sources.add(source);
        targets.add(target);
        weights.add(weight);
        parameters.addAll(eta, 1.0, 0.0, 0.0, 0.0); // η, A = 1 (pre·post), B = C = D = 0
    }

    private NetworkBlueprint learner() {
        NodeKind[] kinds = new NodeKind[14];
        ActivationFunction[] activations = new ActivationFunction[14];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = NodeKind.HIDDEN;
            activations[i] = Activation.TANH;
        }
        for (int i : new int[] {H, J, E, R}) {
            kinds[i] = NodeKind.INPUT;
            activations[i] = Activation.IDENTITY;
        }
        kinds[BIAS] = NodeKind.BIAS;
        activations[BIAS] = Activation.IDENTITY;
        kinds[O] = NodeKind.OUTPUT;
        kinds[M] = NodeKind.MODULATORY;
        for (int i : new int[] {K, A, B, C, D}) {
            activations[i] = Activation.STEEPENED_SIGMOID;
        }
        link(X, X, 3);
        link(E, X, 6);
        link(H, X, -6);
        link(H, K, 2);
        link(E, K, 2);
        link(BIAS, K, -1);
        link(BIAS, S, 1.0, 3.0); // the memory: the only plastic connection
        int[][] signs = {{A, 1, -1}, {B, -1, 1}, {C, 1, 1}, {D, -1, -1}};
        for (int[] unit : signs) {
            link(K, unit[0], 4);
            link(S, unit[0], 4 * unit[1]);
            link(X, unit[0], 4 * unit[2]);
            link(BIAS, unit[0], -8);
        }
        link(A, O, 2);
        link(B, O, 2);
        link(C, O, -2);
        link(D, O, -2);
        link(R, M, 5);
        link(E, M, -3);
        link(M, S, 4); // modulatory: gates S's plasticity
        int[] ids = new int[kinds.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        return new NetworkBlueprint(ids, kinds, activations, new double[kinds.length], sources.toArray(),
                targets.toArray(), weights.toArray(), true,
                new PlasticityBlueprint(PlasticityRule.ABCD, parameters.toArray()));
    }

    private static double meanScore(Network network, TMaze maze, int lifetimes) {
        SplittableRandom random = new SplittableRandom(42);
        TMazeConfig c = maze.config();
        double sum = 0;
        for (int life = 0; life < lifetimes; life++) {
            RewardSchedule schedule = RewardSchedule.draw(c.trips(), c.switches(), c.switchJitter(), maze.ends(), random);
            sum += maze.lifetime(network, schedule, new double[TMaze.INPUTS], new double[1]);
        }
        return sum / lifetimes;
    }

    @Test
    void theModulatedNetworkLearnsAndBlockedItDoesNot() {
        TMaze maze = new TMaze(1, new SingleTMazeProvider().defaults());
        PlasticityParameters settings = SETTINGS;
        NetworkBlueprint blueprint = learner();
        double learning = meanScore(new NetworkCompiler(1, settings).compile(blueprint), maze, 400);
        double blocked = meanScore(new NetworkCompiler(1, settings.withBlocked(true)).compile(blueprint), maze, 400);
        assertEquals(98.8, maze.optimum(), 1e-9);
        assertTrue(learning >= 0.95 * maze.optimum(), "learning network: " + learning);
        assertTrue(blocked <= maze.nonLearningScore() + 1.5, "blocked: " + blocked);
        assertTrue(blocked >= maze.nonLearningScore() - 1.5, "blocked, it still walks one arm and back: " + blocked);
    }

    @Test
    void theChampionTestPassesTheLearnerAndFailsItBlocked() {
        TMaze maze = new TMaze(1, new SingleTMazeProvider().defaults());
        PlasticityParameters settings = SETTINGS;
        var test = new TMazeTask(maze).championTest().orElseThrow();
        assertTrue(test.test(new NetworkCompiler(1, settings).compile(learner())));
        assertTrue(!test.test(new NetworkCompiler(1, settings.withBlocked(true)).compile(learner())));
    }

    @Test
    void testSchedulesCoverEveryStartAndEarlyOnTimeAndLateSwitches() {
        TMaze single = new TMaze(1, new SingleTMazeProvider().defaults());
        List<RewardSchedule> schedules = single.testSchedules();
        assertEquals(2 * 3, schedules.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RewardSchedule s : schedules) {
            assertEquals(1 - s.highEnd(0), s.highEnd(99), "the high reward moves to the other end");
            seen.add(s.highEnd(0) + "@" + s.switchTrips()[0]);
        }
        assertEquals(java.util.Set.of("0@35", "0@50", "0@65", "1@35", "1@50", "1@65"), seen);
        TMaze twice = new TMaze(2, new DoubleTMazeProvider().defaults());
        assertEquals(4 * 27, twice.testSchedules().size());
    }
}
