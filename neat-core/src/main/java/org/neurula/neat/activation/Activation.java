package org.neurula.neat.activation;

/**
 * The built-in activation functions (exponentials by {@link Exp}, identical on every platform).
 * {@link #STEEPENED_SIGMOID} is the NEAT paper's
 * {@code 1 / (1 + e^(-4.9x))} (Stanley &amp; Miikkulainen 2002, section 4.1).
 */
public enum Activation implements ActivationFunction {
    /** {@code 1 / (1 + e^(-4.9 x))}, the NEAT paper's choice. */
    STEEPENED_SIGMOID("steepened-sigmoid") {
        @Override
        public double apply(double x) {
            return 1.0 / (1.0 + Exp.exp(-4.9 * x));
        }
    },
    /** The logistic function {@code 1 / (1 + e^(-x))}. */
    SIGMOID("sigmoid") {
        @Override
        public double apply(double x) {
            return 1.0 / (1.0 + Exp.exp(-x));
        }
    },
    /** Hyperbolic tangent. */
    TANH("tanh") {
        @Override
        public double apply(double x) {
            return Math.tanh(x);
        }
    },
    /** {@code max(0, x)}. */
    RELU("relu") {
        @Override
        public double apply(double x) {
            return x > 0.0 ? x : 0.0;
        }
    },
    /** {@code x}. */
    IDENTITY("identity") {
        @Override
        public double apply(double x) {
            return x;
        }
    },
    /** {@code e^(-x²)}. */
    GAUSSIAN("gaussian") {
        @Override
        public double apply(double x) {
            return Exp.exp(-x * x);
        }
    },
    /** {@code sin(x)}. */
    SINE("sine") {
        @Override
        public double apply(double x) {
            return Math.sin(x);
        }
    },
    /** {@code |x|}. */
    ABS("abs") {
        @Override
        public double apply(double x) {
            return Math.abs(x);
        }
    },
    /** 1 for {@code x > 0}, else 0. */
    STEP("step") {
        @Override
        public double apply(double x) {
            return x > 0.0 ? 1.0 : 0.0;
        }
    };

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
