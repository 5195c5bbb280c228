package org.neurula.fitness.tmaze;

import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.network.Network;

/**
 * The abstract T-maze of Soltoggio et al. (2008) with one junction (two maze ends) or two junctions
 * (the double T-maze, four ends). The agent sees four inputs per step — home, junction, maze end,
 * reward — and acts through one output read by {@link Action#of}. A trip is: home (go straight),
 * the corridor (straight), each junction (turn left or right) followed by its corridor, the maze end
 * (where the reward input carries the high or low reward and the output is not read), and, if the
 * agent must return home, the way back: corridors straight and each junction in reverse order with the
 * opposite turn. A wrong action ends the trip and adds the crash penalty; a reward collected at the
 * maze end counts either way, so a trip scores the reward (completed), the reward plus the penalty
 * (crashed on the way back) or the penalty alone (crashed on the way out). The network keeps its state
 * from trip to trip; it is reset at the start of the lifetime only, so a plastic network learns for
 * the whole lifetime and starts each lifetime from its genome's weights.
 *
 * <p>Maze ends are numbered by the turns that reach them, the first turn the most significant bit
 * (left 0, right 1): in the single maze end 0 is left and 1 right.
 *
 * @param junctions 1 (T-maze) or 2 (double T-maze)
 * @param config    the maze's parameters
 */
public record TMaze(int junctions, TMazeConfig config) {

    /** Input index of the home signal. */
    public static final int HOME = 0;
    /** Input index of the junction signal. */
    public static final int JUNCTION = 1;
    /** Input index of the maze-end signal. */
    public static final int MAZE_END = 2;
    /** Input index of the reward. */
    public static final int REWARD = 3;
    /** Number of inputs. */
    public static final int INPUTS = 4;

    /** Checks the junction count and the config. */
    public TMaze {
        if (junctions < 1 || junctions > 2) {
            throw new IllegalArgumentException("a T-maze has one or two junctions, was " + junctions);
        }
        config.check();
    }

    /** Number of maze ends (2 or 4). */
    public int ends() {
        return 1 << junctions;
    }

    /**
     * Runs one lifetime of {@code network} under {@code schedule}.
     *
     * @param input  a scratch array of {@link #INPUTS} values
     * @param output a scratch array of one value
     * @return the summed trip scores
     */
    public double lifetime(Network network, RewardSchedule schedule, double[] input, double[] output) {
        network.reset();
        double total = 0;
        for (int trip = 0; trip < config.trips(); trip++) {
            total += trip(network, schedule.highEnd(trip), input, output);
        }
        return total;
    }

    private double trip(Network network, int highEnd, double[] input, double[] output) {
        if (step(network, HOME, 0, input, output) != Action.STRAIGHT || !corridor(network, input, output)) {
            return config.crashPenalty();
        }
        int end = 0;
        int turns = 0; // bit j set: turned right at junction j
        for (int j = 0; j < junctions; j++) {
            Action turn = step(network, JUNCTION, 0, input, output);
            if (turn == Action.STRAIGHT || !corridor(network, input, output)) {
                return config.crashPenalty();
            }
            int right = turn == Action.RIGHT ? 1 : 0;
            end = end << 1 | right;
            turns |= right << j;
        }
        double reward = end == highEnd ? config.highReward() : config.lowReward();
        step(network, MAZE_END, reward, input, output);
        if (!config.returnHome()) {
            return reward;
        }
        if (!corridor(network, input, output)) {
            return reward + config.crashPenalty();
        }
        for (int j = junctions - 1; j >= 0; j--) {
            Action outbound = (turns >> j & 1) == 1 ? Action.RIGHT : Action.LEFT;
            if (step(network, JUNCTION, 0, input, output) != outbound.opposite()
                    || !corridor(network, input, output)) {
                return reward + config.crashPenalty();
            }
        }
        return reward;
    }

    /** Walks one corridor; false if the agent did not go straight all along. */
    private boolean corridor(Network network, double[] input, double[] output) {
        for (int s = 0; s < config.corridorLength(); s++) {
            if (step(network, -1, 0, input, output) != Action.STRAIGHT) {
                return false;
            }
        }
        return true;
    }

    /**
     * One network step with the signal {@code place} on (none if negative) and the given reward, which
     * also goes out as the modulation signal when the maze sends one.
     */
    private Action step(Network network, int place, double reward, double[] input, double[] output) {
        if (config.rewardSignal()) {
            network.modulate(reward);
        }
        input[HOME] = 0;
        input[JUNCTION] = 0;
        input[MAZE_END] = 0;
        if (place >= 0) {
            input[place] = 1;
        }
        input[REWARD] = reward;
        network.activate(input, output);
        return Action.of(output[0]);
    }

    /**
     * The fixed schedules of the champion test: every starting end, and each switch at its centre
     * trip or at either extreme of its jitter, the high reward moving to the next end (cyclically).
     * A policy that learns in one direction only, or only for some switch times, fails some of them.
     */
    public List<RewardSchedule> testSchedules() {
        List<RewardSchedule> schedules = new ArrayList<>();
        int switches = config.switches();
        int[] offsets = {-config.switchJitter(), 0, config.switchJitter()};
        int combinations = (int) Math.pow(offsets.length, switches);
        for (int start = 0; start < ends(); start++) {
            for (int combination = 0; combination < combinations; combination++) {
                int[] at = new int[switches];
                int[] high = new int[switches + 1];
                high[0] = start;
                int code = combination;
                for (int k = 1; k <= switches; k++) {
                    int centre = (int) Math.round((double) k * config.trips() / (switches + 1));
                    at[k - 1] = centre + offsets[code % offsets.length];
                    code /= offsets.length;
                    high[k] = (high[k - 1] + 1) % ends();
                }
                schedules.add(new RewardSchedule(at, high));
            }
        }
        return schedules;
    }

    /**
     * The expected score of an ideal learner that never crashes: it must search for the high end at
     * the start ((ends − 1)/2 low trips on average) and after each switch (one trip to the old end,
     * then (ends − 2)/2 on average among the others).
     */
    public double optimum() {
        int ends = ends();
        double lowTrips = (ends - 1) / 2.0 + config.switches() * (1 + (ends - 2) / 2.0);
        return config.trips() * config.highReward() - lowTrips * (config.highReward() - config.lowReward());
    }

    /**
     * The best expected score of a policy that ignores rewards: wherever it goes, the high end is there
     * with probability 1/ends on every trip, so each trip is worth (high + (ends − 1)·low)/ends. (Such a
     * policy must still remember its way out to walk back; a feed-forward network cannot, and crashes
     * on every way back.)
     */
    public double nonLearningScore() {
        int ends = ends();
        return config.trips() * (config.highReward() + (ends - 1) * config.lowReward()) / ends;
    }
}
