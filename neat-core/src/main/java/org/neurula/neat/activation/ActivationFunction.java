package org.neurula.neat.activation;

/**
 * A node's transfer function. Implementations must be pure and thread-safe: compiled networks call
 * {@link #apply(double)} once per node and activation step, from many threads at once.
 *
 * <p>The built-in functions are the constants of {@link Activation}; users add their own through
 * {@link ActivationRegistry#register(String, java.util.function.DoubleUnaryOperator)}.
 */
public interface ActivationFunction {

    /** The name under which configs and genome files refer to this function. */
    String id();

    /** The function's value at {@code x}. */
    double apply(double x);
}
