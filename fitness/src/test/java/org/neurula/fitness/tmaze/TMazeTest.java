package org.neurula.fitness.tmaze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ReferenceScore;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;

/** T-maze mechanics with scripted agents: rewards, penalties, the switch schedule, reference scores. */
class TMazeTest {

    private static final TMazeConfig SINGLE = new SingleTMazeProvider().defaults();
    private static final TMazeConfig DOUBLE = new DoubleTMazeProvider().defaults();
    private final double[] input = new double[TMaze.INPUTS];
    private final double[] output = new double[1];

    @Test
    void referenceScoresFollowFromTheRewards() {
        TMaze single = new TMaze(1, SINGLE);
        // 100 trips at 1.0 less 1.5 expected low trips (half a trip searching at the start, one after the switch)
        assertEquals(98.8, single.optimum(), 1e-9);
        assertEquals(60.0, single.nonLearningScore(), 1e-9);
        TMaze dbl = new TMaze(2, DOUBLE);
        // 200 at 1.0 less 0.8 x (1.5 at the start + 3 switches x (1 + 1))
        assertEquals(194.0, dbl.optimum(), 1e-9);
        assertEquals(80.0, dbl.nonLearningScore(), 1e-9);
        List<ReferenceScore> refs = new TMazeTask(single).referenceScores();
        assertEquals(List.of("optimum", "nonLearning"), refs.stream().map(ReferenceScore::name).toList());
        assertEquals(98.8, refs.get(0).value(), 1e-9);
    }

    @Test
    void singleMazeSwitchesOnceAroundTripFiftyToTheOtherSide() {
        SplittableRandom random = new SplittableRandom(3);
        int[] switchCounts = new int[100];
        int[] firstEnds = new int[2];
        for (int i = 0; i < 20_000; i++) {
            RewardSchedule s = RewardSchedule.draw(100, 1, 15, 2, random);
            int at = s.switchTrips()[0];
            assertTrue(at >= 35 && at <= 65, "switch at " + at);
            switchCounts[at]++;
            assertNotEquals(s.highEnds()[0], s.highEnds()[1], "a switch moves the reward to the other side");
            assertEquals(s.highEnds()[0], s.highEnd(at - 1));
            assertEquals(s.highEnds()[1], s.highEnd(at));
            firstEnds[s.highEnds()[0]]++;
        }
        for (int t = 35; t <= 65; t++) {
            // uniform over 31 trips: 645 expected each; 5 standard deviations is about 125
            assertEquals(20_000 / 31.0, switchCounts[t], 130, "trip " + t);
        }
        assertEquals(10_000, firstEnds[0], 500, "the first high side is a fair coin");
    }

    @Test
    void doubleMazeSwitchesThreeTimesToAnotherEnd() {
        SplittableRandom random = new SplittableRandom(5);
        int[][] moves = new int[4][4];
        for (int i = 0; i < 20_000; i++) {
            RewardSchedule s = RewardSchedule.draw(200, 3, 15, 4, random);
            int[] at = s.switchTrips();
            int[] ends = s.highEnds();
            for (int k = 0; k < 3; k++) {
                int centre = 50 * (k + 1);
                assertTrue(Math.abs(at[k] - centre) <= 15, "switch " + k + " at " + at[k]);
                assertNotEquals(ends[k], ends[k + 1]);
                moves[ends[k]][ends[k + 1]]++;
            }
        }
        for (int from = 0; from < 4; from++) {
            for (int to = 0; to < 4; to++) {
                if (from != to) {
                    // 60,000 moves over 12 pairs: 5,000 each
                    assertEquals(5_000, moves[from][to], 400, from + " -> " + to);
                }
            }
        }
    }

    @Test
    void oneArmAgentEarnsHighExactlyOnTheTripsItsArmPays() {
        TMaze maze = new TMaze(1, SINGLE);
        SplittableRandom random = new SplittableRandom(11);
        double[] mean = new double[2];
        int lifetimes = 4_000;
        for (int i = 0; i < lifetimes; i++) {
            RewardSchedule schedule = RewardSchedule.draw(100, 1, 15, 2, random);
            for (int arm = 0; arm < 2; arm++) {
                double expected = 0;
                for (int trip = 0; trip < 100; trip++) {
                    expected += schedule.highEnd(trip) == arm ? 1.0 : 0.2;
                }
                double score = maze.lifetime(ScriptedAgent.oneArm(1, arm), schedule, input, output);
                assertEquals(expected, score, 1e-9);
                mean[arm] += score / lifetimes;
            }
        }
        // the high side is a coin flip, so either arm expects the non-learning score of 60
        assertEquals(60.0, mean[0], 1.0);
        assertEquals(60.0, mean[1], 1.0);
    }

    @Test
    void perfectLearnerLosesOnlyTheSearchTrips() {
        TMaze maze = new TMaze(1, SINGLE);
        SplittableRandom random = new SplittableRandom(13);
        double mean = 0;
        int lifetimes = 4_000;
        for (int i = 0; i < lifetimes; i++) {
            RewardSchedule schedule = RewardSchedule.draw(100, 1, 15, 2, random);
            ScriptedAgent learner = ScriptedAgent.perfectLearner(1, 1.0);
            double score = maze.lifetime(learner, schedule, input, output);
            // it starts left: a low trip first if the reward starts right, and always one after the switch
            int lowTrips = 1 + (schedule.highEnds()[0] != 0 ? 1 : 0);
            assertEquals(100 - 0.8 * lowTrips, score, 1e-9);
            assertEquals(1, learner.resets, "the network is reset once per lifetime");
            mean += score / lifetimes;
        }
        assertEquals(maze.optimum(), mean, 0.05);
    }

    @Test
    void perfectLearnerInTheDoubleMazeMeetsTheOptimumOnAverage() {
        TMaze maze = new TMaze(2, DOUBLE);
        SplittableRandom random = new SplittableRandom(17);
        double mean = 0;
        int lifetimes = 4_000;
        for (int i = 0; i < lifetimes; i++) {
            RewardSchedule schedule = RewardSchedule.draw(200, 3, 15, 4, random);
            double score = maze.lifetime(ScriptedAgent.perfectLearner(2, 1.0), schedule, input, output);
            assertTrue(score <= 200 - 0.8 * 3 + 1e-9, "at least one low trip per switch: " + score);
            assertTrue(score >= 200 - 0.8 * (3 + 3 * 3) - 1e-9, "at most three searching trips each time: " + score);
            mean += score / lifetimes;
        }
        assertEquals(maze.optimum(), mean, 0.15);
        double oneArm = 0;
        for (int i = 0; i < lifetimes; i++) {
            oneArm += maze.lifetime(ScriptedAgent.oneArm(2, 2), RewardSchedule.draw(200, 3, 15, 4, random), input,
                    output) / lifetimes;
        }
        assertEquals(maze.nonLearningScore(), oneArm, 1.5);
    }

    @Test
    void wrongActionsEndTheTripWithThePenalty() {
        TMaze maze = new TMaze(1, SINGLE);
        RewardSchedule schedule = new RewardSchedule(new int[] {50}, new int[] {0, 1});
        // goes straight at the junction
        assertEquals(-30.0, maze.lifetime(fixedOutput(0.0), schedule, input, output), 1e-9);
        // turns in the home position and the corridors
        assertEquals(-30.0, maze.lifetime(fixedOutput(-1.0), schedule, input, output), 1e-9);
        // turns out left but left again on the way back, as any feed-forward network must
        org.neurula.neat.network.Network sameWayBack =
                ScriptedNetwork.of(TMaze.INPUTS, in -> in[TMaze.JUNCTION] == 1 ? -1 : 0);
        // it keeps each reward but crashes on every way back: 50 x 1.0 + 50 x 0.2 - 100 x 0.3
        assertEquals(30.0, maze.lifetime(sameWayBack, schedule, input, output), 1e-9);
        // without the return, that agent is a one-arm agent: 50 high trips, 50 low
        TMaze noReturn = new TMaze(1, new TMazeConfig(100, 1, 15, 1, 1, 1.0, 0.2, -0.3, false, 0.95, false));
        assertEquals(50 * 1.0 + 50 * 0.2, noReturn.lifetime(sameWayBack, schedule, input, output), 1e-9);
    }

    @Test
    void rewardInputAppearsOnlyAtTheMazeEnd() {
        TMaze maze = new TMaze(2, new TMazeConfig(8, 1, 0, 1, 2, 1.0, 0.2, -0.3, true, 0.95, false));
        RewardSchedule schedule = new RewardSchedule(new int[] {4}, new int[] {3, 1});
        List<String> seen = new ArrayList<>();
        ScriptedAgent rightRight = new ScriptedAgent.OneArm(2, 3) {
            @Override
            public void activate(double[] inputs, double[] outputs) {
                seen.add((int) inputs[0] + "" + (int) inputs[1] + (int) inputs[2] + ":" + inputs[3]);
                super.activate(inputs, outputs);
            }
        };
        double score = maze.lifetime(rightRight, schedule, input, output);
        assertEquals(4 * 1.0 + 4 * 0.2, score, 1e-9);
        // one trip: home, 2 corridor steps, junction, 2, junction, 2, end, 2, junction, 2, junction, 2
        List<String> trip = List.of("100:0.0", "000:0.0", "000:0.0", "010:0.0", "000:0.0", "000:0.0", "010:0.0",
                "000:0.0", "000:0.0", "001:1.0", "000:0.0", "000:0.0", "010:0.0", "000:0.0", "000:0.0", "010:0.0",
                "000:0.0", "000:0.0");
        assertEquals(8 * trip.size(), seen.size());
        assertEquals(trip, seen.subList(0, trip.size()));
        assertEquals("001:0.2", seen.get(4 * trip.size() + 9), "after the switch end 3 pays the low reward");
    }

    @Test
    void taskAveragesLifetimesDrawnFromTheContext() {
        TMazeConfig config = new TMazeConfig(100, 1, 15, 5, 1, 1.0, 0.2, -0.3, true, 0.95, false);
        Task task = new TMazeTask(new TMaze(1, config));
        assertEquals(4, task.inputs());
        assertEquals(1, task.outputs());
        assertFalse(task.deterministic());
        assertEquals(-30.0, task.nullFitness(), 1e-9);
        ScriptedAgent learner = ScriptedAgent.perfectLearner(1, 1.0);
        Fitness a = task.newEvaluator().evaluate(learner, new EvaluationContext(new SplittableRandom(7), 0, 1, 0));
        Fitness b = task.newEvaluator().evaluate(learner, new EvaluationContext(new SplittableRandom(7), 0, 1, 0));
        assertEquals(a, b, "the same generator gives the same schedules");
        assertEquals(5 + 5, learner.resets, "reset at the start of each of the five lifetimes, twice");
        assertTrue(a.solved(), "a perfect learner scores at least 98.4 >= 0.95 x 98.8: " + a);
        Fitness oneArm = task.newEvaluator().evaluate(ScriptedAgent.oneArm(1, 0),
                new EvaluationContext(new SplittableRandom(7), 0, 1, 0));
        assertFalse(oneArm.solved());
        // the evaluator draws its five schedules from the context's generator, in order
        SplittableRandom replay = new SplittableRandom(7);
        double expected = 0;
        for (int life = 0; life < 5; life++) {
            RewardSchedule schedule = RewardSchedule.draw(100, 1, 15, 2, replay);
            for (int trip = 0; trip < 100; trip++) {
                expected += (schedule.highEnd(trip) == 0 ? 1.0 : 0.2) / 5;
            }
        }
        assertEquals(expected, oneArm.value(), 1e-9);
    }

    @Test
    void providersAreFoundAndRejectBadParameters() {
        TaskRegistry registry = TaskRegistry.load();
        assertTrue(registry.ids().containsAll(List.of("tmaze", "tmaze-double")), registry.ids().toString());
        SingleTMazeProvider provider = new SingleTMazeProvider();
        IllegalArgumentException lifetimes = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new TMazeConfig(100, 1, 15, -1, 1, 1.0, 0.2, -0.3, true, 0.95, false)));
        assertEquals("lifetimes must be at least 1, was -1", lifetimes.getMessage());
        IllegalArgumentException jitter = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new TMazeConfig(100, 1, 30, 1, 1, 1.0, 0.2, -0.3, true, 0.95, false)));
        assertTrue(jitter.getMessage().startsWith("switchJitter must be less than half the spacing"), jitter.getMessage());
        IllegalArgumentException rewards = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new TMazeConfig(100, 1, 15, 1, 1, 0.2, 1.0, -0.3, true, 0.95, false)));
        assertEquals("highReward must exceed lowReward, were 0.2 and 1.0", rewards.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> provider.create(new TMazeConfig(100, 1, 15, 1, 0, 1.0, 0.2, -0.3, true, 0.95, false)));
    }

    /** A network whose output never changes. */
    private static org.neurula.neat.network.Network fixedOutput(double value) {
        return ScriptedNetwork.of(TMaze.INPUTS, in -> value);
    }
}
