package org.neurula.neat.network;

/**
 * A compiled, runnable neural network: what a task sees. Activation writes into a caller-owned
 * array and allocates nothing. A network instance is used by one thread at a time.
 *
 * <p>Feed-forward networks compute all nodes in one pass in depth order. Recurrent networks update
 * all non-input nodes synchronously, a configured number of cycles per {@link #activate} call, and
 * keep their node values between calls until {@link #reset()}.
 */
public interface Network {

    /** Number of inputs (the bias is not counted; it is always 1.0). */
    int inputCount();

    /** Number of outputs. */
    int outputCount();

    /** Number of expressed connections. */
    int connectionCount();

    /** Whether the network may contain cycles and so keeps state between calls. */
    boolean isRecurrent();

    /**
     * Feeds {@code inputs} through the network and writes the outputs into {@code outputs}.
     *
     * @param inputs  {@link #inputCount()} values
     * @param outputs receives {@link #outputCount()} values
     */
    void activate(double[] inputs, double[] outputs);

    /** Convenience form of {@link #activate(double[], double[])} that allocates the output array. */
    default double[] activate(double... inputs) {
        double[] outputs = new double[outputCount()];
        activate(inputs, outputs);
        return outputs;
    }

    /** Clears all node values (the state of a recurrent network); a no-op for feed-forward networks. */
    void reset();
}
