package org.neurula.fitness.xor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;

/**
 * XOR with {@code protocol: ndp} (the NDP paper's): two outputs of which the larger answers, fitness
 * the number of correct patterns, one reset for the four patterns, given in the reference order.
 */
class XorNdpProtocolTest {

    private static final EvaluationContext CONTEXT = new EvaluationContext(new SplittableRandom(1), 0, 0, 0);

    /** Answers {@code answers[k]} for the k-th pattern it sees after a reset, recording inputs and resets. */
    private static final class Answering extends ScriptedNetwork {
        final int[] answers;
        final List<String> seen = new ArrayList<>();
        int k;

        Answering(int... answers) {
            super(2, 2);
            this.answers = answers;
        }

        @Override
        public void reset() {
            seen.add("reset");
            k = 0;
        }

        @Override
        public void activate(double[] in, double[] out) {
            seen.add((int) in[0] + "" + (int) in[1]);
            out[0] = answers[k] == 0 ? 0.9 : 0.1;
            out[1] = answers[k] == 1 ? 0.9 : 0.1;
            k++;
        }
    }

    @Test
    void scoresCorrectPatternsWithOneResetInTheReferenceOrder() {
        XorTask task = new XorTask(new XorConfig("ndp"));
        assertEquals(2, task.outputs());
        Answering right = new Answering(0, 1, 1, 0);
        Fitness f = task.newEvaluator().evaluate(right, CONTEXT);
        assertEquals(4.0, f.value());
        assertTrue(f.solved());
        assertEquals(List.of("reset", "00", "01", "10", "11"), right.seen, "state is kept from pattern to pattern");
        Fitness half = task.newEvaluator().evaluate(new Answering(1, 1, 1, 1), CONTEXT);
        assertEquals(2.0, half.value());
        assertFalse(half.solved());
        Fitness tie = task.newEvaluator().evaluate(new ScriptedNetwork(2, 2) {
            @Override
            public void activate(double[] in, double[] out) {
                out[0] = 0.5;
                out[1] = 0.5;
            }
        }, CONTEXT);
        assertEquals(2.0, tie.value(), "a tie answers 0: right for 00 and 11");
    }

    @Test
    void theDefaultIsTheNeatPapersXorAndUnknownProtocolsAreRefused() {
        assertEquals("neat", new XorProvider().defaults().protocol());
        assertEquals(1, new XorProvider().create(new XorProvider().defaults()).outputs());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new XorProvider().create(new XorConfig("paper")));
        assertTrue(e.getMessage().contains("[neat, ndp]") && e.getMessage().contains("paper"), e.getMessage());
    }
}
