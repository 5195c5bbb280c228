package org.neurula.neat.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks each built-in {@link Activation} at a few points with independently known values, and that
 * the ids are the documented, distinct names.
 */
class ActivationTest {

    private static final double EPS = 1e-15;

    @Test
    void steepenedSigmoid() {
        assertEquals(0.5, Activation.STEEPENED_SIGMOID.apply(0.0), EPS);
        assertEquals(1.0 / (1.0 + Math.exp(-4.9)), Activation.STEEPENED_SIGMOID.apply(1.0), EPS);
        assertEquals(0.9926084586557181, Activation.STEEPENED_SIGMOID.apply(1.0), 1e-12);
        assertEquals(1.0 - 0.9926084586557181, Activation.STEEPENED_SIGMOID.apply(-1.0), 1e-12);
        assertEquals(1.0, Activation.STEEPENED_SIGMOID.apply(1000), EPS);
        assertEquals(0.0, Activation.STEEPENED_SIGMOID.apply(-1000), EPS);
    }

    @Test
    void sigmoid() {
        assertEquals(0.5, Activation.SIGMOID.apply(0.0), EPS);
        assertEquals(0.7310585786300049, Activation.SIGMOID.apply(1.0), 1e-12);
        assertEquals(0.2689414213699951, Activation.SIGMOID.apply(-1.0), 1e-12);
    }

    @Test
    void tanh() {
        assertEquals(0.0, Activation.TANH.apply(0.0), EPS);
        assertEquals(0.7615941559557649, Activation.TANH.apply(1.0), 1e-12);
        assertEquals(-0.7615941559557649, Activation.TANH.apply(-1.0), 1e-12);
    }

    @Test
    void relu() {
        assertEquals(0.0, Activation.RELU.apply(-2.5));
        assertEquals(0.0, Activation.RELU.apply(0.0));
        assertEquals(3.25, Activation.RELU.apply(3.25));
    }

    @Test
    void identityAbsStep() {
        assertEquals(-1.5, Activation.IDENTITY.apply(-1.5));
        assertEquals(2.0, Activation.ABS.apply(-2.0));
        assertEquals(2.0, Activation.ABS.apply(2.0));
        assertEquals(0.0, Activation.STEP.apply(0.0), "step(0) is 0");
        assertEquals(1.0, Activation.STEP.apply(1e-12));
        assertEquals(0.0, Activation.STEP.apply(-3.0));
    }

    @Test
    void gaussianAndSine() {
        assertEquals(1.0, Activation.GAUSSIAN.apply(0.0), EPS);
        assertEquals(0.36787944117144233, Activation.GAUSSIAN.apply(1.0), 1e-12);
        assertEquals(0.36787944117144233, Activation.GAUSSIAN.apply(-1.0), 1e-12);
        assertEquals(0.01831563888873418, Activation.GAUSSIAN.apply(2.0), 1e-12);
        assertEquals(0.0, Activation.SINE.apply(0.0), EPS);
        assertEquals(1.0, Activation.SINE.apply(Math.PI / 2), EPS);
        assertEquals(-1.0, Activation.SINE.apply(-Math.PI / 2), EPS);
    }

    @Test
    void bipolarSigmoidIsTheSteepenedSigmoidStretchedToMinusOneOne() {
        assertEquals(0.0, Activation.BIPOLAR_SIGMOID.apply(0.0), EPS);
        // 2 / (1 + e^-4.9) - 1 = 2 * 0.9926084586557181 - 1
        assertEquals(0.9852169173114362, Activation.BIPOLAR_SIGMOID.apply(1.0), 1e-12);
        assertEquals(-0.9852169173114362, Activation.BIPOLAR_SIGMOID.apply(-1.0), 1e-12);
        for (double x = -3; x <= 3; x += 0.25) {
            assertEquals(2 * Activation.STEEPENED_SIGMOID.apply(x) - 1, Activation.BIPOLAR_SIGMOID.apply(x), 1e-15);
            assertEquals(-Activation.BIPOLAR_SIGMOID.apply(x), Activation.BIPOLAR_SIGMOID.apply(-x), 1e-15, "odd");
        }
        assertEquals(1.0, Activation.BIPOLAR_SIGMOID.apply(1000), EPS);
        assertEquals(-1.0, Activation.BIPOLAR_SIGMOID.apply(-1000), EPS);
    }

    @Test
    void idsAreTheDocumentedNames() {
        assertEquals("steepened-sigmoid", Activation.STEEPENED_SIGMOID.id());
        assertEquals("sigmoid", Activation.SIGMOID.id());
        assertEquals("tanh", Activation.TANH.id());
        assertEquals("relu", Activation.RELU.id());
        assertEquals("identity", Activation.IDENTITY.id());
        assertEquals("gaussian", Activation.GAUSSIAN.id());
        assertEquals("sine", Activation.SINE.id());
        assertEquals("abs", Activation.ABS.id());
        assertEquals("step", Activation.STEP.id());
        assertEquals("bipolar-sigmoid", Activation.BIPOLAR_SIGMOID.id());
        Set<String> ids = new HashSet<>();
        for (Activation a : Activation.values()) {
            ids.add(a.id());
        }
        assertEquals(Activation.values().length, ids.size());
    }
}
