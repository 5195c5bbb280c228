package org.neurula.fitness.tmaze;

import org.neurula.fitness.ScriptedNetwork;

/**
 * A hand-written T-maze agent posing as a network: it sees the four inputs, remembers its way out so
 * it can turn back correctly, and chooses the next trip's end by a strategy.
 */
abstract class ScriptedAgent extends ScriptedNetwork {

    private final int junctions;
    private int[] outbound;
    private int junctionsSeen;
    private boolean returning;
    private int end;
    int resets;

    ScriptedAgent(int junctions) {
        super(TMaze.INPUTS, 1);
        this.junctions = junctions;
    }

    /** The end to aim for on the coming trip. */
    abstract int chooseEnd();

    /** Told what the maze end paid. */
    abstract void rewarded(int end, double reward);

    /** Called by {@link #reset()}: forget what was learnt. */
    abstract void forget();

    @Override
    public boolean isRecurrent() {
        return true;
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        outputs[0] = 0; // straight unless turning
        if (inputs[TMaze.HOME] == 1) {
            end = chooseEnd();
            outbound = new int[junctions];
            junctionsSeen = 0;
            returning = false;
        } else if (inputs[TMaze.JUNCTION] == 1) {
            if (!returning) {
                int right = end >> (junctions - 1 - junctionsSeen) & 1;
                outbound[junctionsSeen++] = right;
                outputs[0] = right == 1 ? 1 : -1;
            } else {
                int right = outbound[--junctionsSeen];
                outputs[0] = right == 1 ? -1 : 1; // the opposite turn on the way back
            }
        } else if (inputs[TMaze.MAZE_END] == 1) {
            rewarded(end, inputs[TMaze.REWARD]);
            returning = true;
        }
    }

    @Override
    public void reset() {
        resets++;
        forget();
    }

    /** Always goes to the same end. */
    static ScriptedAgent oneArm(int junctions, int arm) {
        return new OneArm(junctions, arm);
    }

    /** Always goes to the same end; tests subclass it to watch what the agent sees. */
    static class OneArm extends ScriptedAgent {
        private final int arm;

        OneArm(int junctions, int arm) {
            super(junctions);
            this.arm = arm;
        }

        @Override
        int chooseEnd() {
            return arm;
        }

        @Override
        void rewarded(int end, double reward) {
        }

        @Override
        void forget() {
        }
    }

    /**
     * The ideal learner: stays with an end while it pays the high reward; after a low reward it tries
     * the ends it has not yet found low since the last high reward, in order.
     */
    static ScriptedAgent perfectLearner(int junctions, double highReward) {
        return new ScriptedAgent(junctions) {
            private final boolean[] lowSinceHigh = new boolean[1 << junctions];
            private int current;

            @Override
            int chooseEnd() {
                return current;
            }

            @Override
            void rewarded(int end, double reward) {
                if (reward == highReward) {
                    java.util.Arrays.fill(lowSinceHigh, false);
                    return;
                }
                lowSinceHigh[end] = true;
                for (int e = 0; e < lowSinceHigh.length; e++) {
                    if (!lowSinceHigh[e]) {
                        current = e;
                        return;
                    }
                }
            }

            @Override
            void forget() {
                java.util.Arrays.fill(lowSinceHigh, false);
                current = 0;
            }
        };
    }
}
