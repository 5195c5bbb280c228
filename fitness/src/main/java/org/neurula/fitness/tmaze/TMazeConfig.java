package org.neurula.fitness.tmaze;

/**
 * Parameters of the T-maze tasks (Soltoggio et al. 2008; Risi &amp; Stanley 2010).
 *
 * @param trips          trips from home to a maze end (and back) per lifetime
 * @param switches       how often the high reward moves to another maze end during a lifetime
 * @param switchJitter   each switch happens at an even division of the lifetime ± up to this many
 *                       trips, drawn uniformly (single maze: trip 50 ± 15)
 * @param lifetimes      lifetimes per evaluation, each with its own schedule; fitness is their mean
 * @param corridorLength steps along each corridor (the agent must go straight)
 * @param highReward     the reward at the high end (1.0)
 * @param lowReward      the reward at every other end (0.2)
 * @param crashPenalty   added to a trip that a wrong action ends (−0.3)
 * @param returnHome     whether the agent must walk back home after the maze end, turning the
 *                       opposite way at each junction
 * @param solvedFraction the run counts as solved when a champion's mean score over the maze's fixed
 *                       test schedules reaches this fraction of the theoretical optimum
 * @param rewardSignal   whether the reward is also sent as the network's global modulation signal at
 *                       the maze end (and 0 at every other step), for reward-modulated (three-factor)
 *                       plasticity; static networks ignore it
 */
public record TMazeConfig(int trips, int switches, int switchJitter, int lifetimes, int corridorLength,
        double highReward, double lowReward, double crashPenalty, boolean returnHome, double solvedFraction,
        boolean rewardSignal) {

    /**
     * Checks every value; the message names the key and the valid range.
     *
     * @throws IllegalArgumentException on the first value out of range
     */
    public void check() {
        atLeast(trips, 1, "trips");
        atLeast(switches, 0, "switches");
        atLeast(switchJitter, 0, "switchJitter");
        atLeast(lifetimes, 1, "lifetimes");
        atLeast(corridorLength, 1, "corridorLength");
        int spacing = trips / (switches + 1);
        if (switches > 0 && spacing < 2) {
            throw new IllegalArgumentException("switches must leave at least two trips between them: " + trips
                    + " trips allow at most " + (trips / 2 - 1) + ", was " + switches);
        }
        if (switches > 0 && switchJitter >= (spacing + 1) / 2) {
            throw new IllegalArgumentException("switchJitter must be less than half the spacing of the switches ("
                    + trips + " trips / " + (switches + 1) + " parts = " + spacing + ", so at most "
                    + Math.max(0, (spacing + 1) / 2 - 1) + "), was " + switchJitter);
        }
        finite(highReward, "highReward");
        finite(lowReward, "lowReward");
        finite(crashPenalty, "crashPenalty");
        if (!(highReward > lowReward)) {
            throw new IllegalArgumentException("highReward must exceed lowReward, were " + highReward + " and "
                    + lowReward);
        }
        if (!(solvedFraction > 0 && solvedFraction <= 1)) {
            throw new IllegalArgumentException("solvedFraction must lie in (0, 1], was " + solvedFraction);
        }
    }

    private static void atLeast(int value, int min, String key) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", was " + value);
        }
    }

    private static void finite(double value, String key) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number, was " + value);
        }
    }
}
