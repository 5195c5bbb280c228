package org.neurula.neat.network;

import java.util.Arrays;

/**
 * A compiled, runnable neural network: what a task sees. Activation writes into a caller-owned
 * array and allocates nothing. A network instance is used by one thread at a time.
 *
 * <p>Feed-forward networks compute all nodes in one pass in depth order. Recurrent networks update
 * all non-input nodes synchronously, a configured number of cycles per {@link #activate} call, and
 * keep their node values between calls until {@link #reset()}.
 *
 * <p>A plastic network also changes its weights after every {@link #activate} call by its learning
 * rule; the changes persist from call to call, and {@link #reset()} restores the genome's weights. A
 * task that resets between trials so starts each trial from the genome's weights; one that does not
 * lets learning carry over for the whole evaluation (each evaluation gets a freshly built network).
 */
public interface Network {

    /** Number of inputs (the bias is not counted; it is always 1.0). */
    int inputCount();

    /** Number of outputs. */
    int outputCount();

    /** Number of expressed connections that carry activity (modulatory connections are not counted). */
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

    /**
     * Starts a new lifetime: clears all node values (the state of a recurrent network) and, in a plastic
     * network, restores the genome's weights and clears the learning rule's state and the modulation
     * signal. A no-op for static feed-forward networks.
     */
    void reset();

    /** Whether the network changes its weights as it runs. */
    default boolean isPlastic() {
        return false;
    }

    /**
     * Sends a global modulation signal (a reward, for example) that from the next activation on is added
     * to every node's modulatory input, until changed or reset. Only networks whose plasticity is
     * modulated use it; the others ignore it.
     */
    default void modulate(double signal) {
    }

    /** Synapses (activity-carrying connections) the network has pruned in its current lifetime; 0 if it does not prune. */
    default int prunedConnectionCount() {
        return 0;
    }

    /**
     * Marks in {@code into} which activity-carrying connections are live (not pruned in this lifetime),
     * in the order of {@link #weights}.
     *
     * @param into an array of {@link #connectionCount()} flags
     */
    default void liveConnections(boolean[] into) {
        Arrays.fill(into, 0, connectionCount(), true);
    }

    /** Number of nodes, inputs and bias included, in the order of the blueprint the network was compiled from. */
    default int nodeCount() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not expose its nodes");
    }

    /**
     * Copies every node's value after the last activation into {@code into}, in blueprint node order (for
     * the direct decoder, the genome's node order), so that a lifetime's activity can be measured.
     *
     * @param into an array of {@link #nodeCount()} values
     * @throws UnsupportedOperationException if the network does not expose its nodes
     */
    default void nodeValues(double[] into) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not expose its nodes");
    }

    /**
     * Copies the current weights of the activity-carrying connections into {@code into} (in the
     * network's internal order, stable for one network), so that a lifetime's learning can be recorded.
     *
     * @param into an array of {@link #connectionCount()} values
     * @throws UnsupportedOperationException if the network does not expose its weights
     */
    default void weights(double[] into) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not expose its weights");
    }

    /**
     * Tells which connection each of {@link #weights(double[])}'s values belongs to: {@code into[k]} becomes
     * the index, in the {@link NetworkBlueprint} the network was compiled from, of the connection whose
     * weight is {@code weights[k]}. For the direct decoder, blueprint connection {@code b} is the genome's
     * {@code b}-th enabled connection gene.
     *
     * @param into an array of {@link #connectionCount()} values
     * @throws UnsupportedOperationException if the network does not expose its weights
     */
    default void weightConnections(int[] into) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not expose its weights");
    }
}
