package org.neurula.neat.activation;

/**
 * The built-in activation functions (exponentials by {@link Exp}, identical on every platform).
 * {@link #STEEPENED_SIGMOID} is the NEAT paper's
 * {@code 1 / (1 + e^(-4.9x))} (Stanley &amp; Miikkulainen 2002, section 4.1); {@link #BIPOLAR_SIGMOID}
 * is its rescaling to (-1, 1), the usual output and substrate function of HyperNEAT.
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
    },
    /**
     * {@code 2 / (1 + e^(-4.9 x)) - 1}: the steepened sigmoid stretched to (-1, 1), odd and 0 at 0. This is
     * SharpNEAT's {@code BipolarSigmoid} (the steepened form, not {@code 2 / (1 + e^(-x)) - 1}), the function
     * HyperNEAT implementations use for CPPN outputs and substrate nodes so that negative weights and
     * activations are as reachable as positive ones (Stanley, D'Ambrosio &amp; Gauci 2009).
     */
    BIPOLAR_SIGMOID("bipolar-sigmoid") {
        @Override
        public double apply(double x) {
            return 2.0 / (1.0 + Exp.exp(-4.9 * x)) - 1.0;
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
