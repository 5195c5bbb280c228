package org.neurula.neat.network;

import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;

/**
 * Calls a node's activation function without a virtual call for the built-in ones: compiled networks
 * keep a small code per node, and one switch calls the built-in function itself (the very method
 * {@link Activation} runs, so the value is the same to the bit). User functions, code {@link #OTHER},
 * are called through their interface. Where a population mixes many functions, one call site would
 * otherwise see them all and could inline none.
 */
final class Transfer {

    /** The code of a function that is not a built-in one. */
    static final int OTHER = -1;

    private static final int STEEPENED_SIGMOID = 0;
    private static final int SIGMOID = 1;
    private static final int TANH = 2;
    private static final int RELU = 3;
    private static final int IDENTITY = 4;
    private static final int GAUSSIAN = 5;
    private static final int SINE = 6;
    private static final int ABS = 7;
    private static final int STEP = 8;
    private static final int BIPOLAR_SIGMOID = 9;

    private Transfer() {
    }

    /** The code of {@code function}: one per built-in, {@link #OTHER} for the rest. */
    static int codeOf(ActivationFunction function) {
        if (!(function instanceof Activation builtIn)) {
            return OTHER;
        }
        return switch (builtIn) {
            case STEEPENED_SIGMOID -> STEEPENED_SIGMOID;
            case SIGMOID -> SIGMOID;
            case TANH -> TANH;
            case RELU -> RELU;
            case IDENTITY -> IDENTITY;
            case GAUSSIAN -> GAUSSIAN;
            case SINE -> SINE;
            case ABS -> ABS;
            case STEP -> STEP;
            case BIPOLAR_SIGMOID -> BIPOLAR_SIGMOID;
        };
    }

    /** {@code function.apply(x)}, where {@code code} is {@link #codeOf codeOf(function)}. */
    static double apply(int code, ActivationFunction function, double x) {
        return switch (code) {
            case STEEPENED_SIGMOID -> Activation.STEEPENED_SIGMOID.apply(x);
            case SIGMOID -> Activation.SIGMOID.apply(x);
            case TANH -> Activation.TANH.apply(x);
            case RELU -> Activation.RELU.apply(x);
            case IDENTITY -> Activation.IDENTITY.apply(x);
            case GAUSSIAN -> Activation.GAUSSIAN.apply(x);
            case SINE -> Activation.SINE.apply(x);
            case ABS -> Activation.ABS.apply(x);
            case STEP -> Activation.STEP.apply(x);
            case BIPOLAR_SIGMOID -> Activation.BIPOLAR_SIGMOID.apply(x);
            default -> function.apply(x);
        };
    }

    /**
     * {@code into[at + k] = function.apply(even[k] + odd[k])} for {@code k < count}, one loop per
     * built-in function so that each loop calls its function directly.
     */
    static void applyAll(int code, ActivationFunction function, double[] even, double[] odd, double[] into, int at,
            int count) {
        switch (code) {
            case STEEPENED_SIGMOID -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.STEEPENED_SIGMOID.apply(even[k] + odd[k]);
                }
            }
            case SIGMOID -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.SIGMOID.apply(even[k] + odd[k]);
                }
            }
            case TANH -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.TANH.apply(even[k] + odd[k]);
                }
            }
            case RELU -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.RELU.apply(even[k] + odd[k]);
                }
            }
            case IDENTITY -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.IDENTITY.apply(even[k] + odd[k]);
                }
            }
            case GAUSSIAN -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.GAUSSIAN.apply(even[k] + odd[k]);
                }
            }
            case SINE -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.SINE.apply(even[k] + odd[k]);
                }
            }
            case ABS -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.ABS.apply(even[k] + odd[k]);
                }
            }
            case STEP -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.STEP.apply(even[k] + odd[k]);
                }
            }
            case BIPOLAR_SIGMOID -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = Activation.BIPOLAR_SIGMOID.apply(even[k] + odd[k]);
                }
            }
            default -> {
                for (int k = 0; k < count; k++) {
                    into[at + k] = function.apply(even[k] + odd[k]);
                }
            }
        }
    }
}
