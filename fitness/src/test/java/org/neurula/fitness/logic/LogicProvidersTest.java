package org.neurula.fitness.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.network.Network;

/** The parity and multiplexer providers: registration, parameters, and scoring of scripted networks. */
class LogicProvidersTest {

    private static final EvaluationContext CONTEXT = new EvaluationContext(new SplittableRandom(1), 0, 0, 0);

    /** A fake network that answers with the truth table itself (or its negation). */
    private static Network oracle(TruthTable table, boolean negate) {
        return ScriptedNetwork.of(table.inputCount(), inputs -> {
            for (int p = 0; p < table.patterns(); p++) {
                if (java.util.Arrays.equals(table.inputs()[p], inputs)) {
                    double t = table.targets()[p][0];
                    return negate ? 1 - t : t;
                }
            }
            throw new AssertionError("unknown pattern");
        });
    }

    @Test
    void registeredUnderTheirIds() {
        TaskRegistry registry = TaskRegistry.load();
        assertTrue(registry.ids().containsAll(java.util.List.of("parity3", "mux6", "mux11", "xor")), registry.ids().toString());
    }

    @Test
    void aPerfectNetworkIsSolvedWithTheMaximumFitnessAndItsNegationScoresZero() {
        for (int bits : new int[] {3, 5}) {
            Task task = new ParityProvider().create(new ParityConfig(bits));
            TruthTable table = TruthTable.parity(bits);
            assertEquals(bits, task.inputs());
            Fitness perfect = task.newEvaluator().evaluate(oracle(table, false), CONTEXT);
            assertTrue(perfect.solved());
            assertEquals(Math.pow(1 << bits, 2), perfect.value(), 1e-9);
            Fitness wrong = task.newEvaluator().evaluate(oracle(table, true), CONTEXT);
            assertFalse(wrong.solved());
            assertEquals(0.0, wrong.value(), 1e-9);
        }
        Task mux = new Mux6Provider().create(new MultiplexerConfig());
        assertEquals(6, mux.inputs());
        assertEquals(64.0 * 64.0, mux.newEvaluator().evaluate(oracle(TruthTable.multiplexer(2), false), CONTEXT).value(),
                1e-9);
        assertEquals(11, new Mux11Provider().create(new MultiplexerConfig()).inputs());
    }

    @Test
    void parityBitsOutsideTheRangeAreRejectedWithTheKeyName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParityProvider().create(new ParityConfig(1)));
        assertTrue(e.getMessage().contains("bits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ParityProvider().create(new ParityConfig(17)));
        assertEquals(3, new ParityProvider().defaults().bits());
    }
}
