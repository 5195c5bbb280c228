package org.neurula.neat.network;

/**
 * A network that passes every call on to another: the base of wrappers that watch a network while a
 * task runs it (recording activity or weights) and override only what they watch, typically
 * {@link #activate(double[], double[])}, {@link #reset()} and {@link #modulate(double)}.
 */
public abstract class ForwardingNetwork implements Network {

    private final Network network;

    /** A wrapper around {@code network}. */
    protected ForwardingNetwork(Network network) {
        this.network = java.util.Objects.requireNonNull(network, "network");
    }

    /** The wrapped network. */
    protected final Network delegate() {
        return network;
    }

    @Override
    public int inputCount() {
        return network.inputCount();
    }

    @Override
    public int outputCount() {
        return network.outputCount();
    }

    @Override
    public int connectionCount() {
        return network.connectionCount();
    }

    @Override
    public boolean isRecurrent() {
        return network.isRecurrent();
    }

    @Override
    public boolean isPlastic() {
        return network.isPlastic();
    }

    @Override
    public void activate(double[] inputs, double[] outputs) {
        network.activate(inputs, outputs);
    }

    @Override
    public void reset() {
        network.reset();
    }

    @Override
    public void modulate(double signal) {
        network.modulate(signal);
    }

    @Override
    public void weights(double[] into) {
        network.weights(into);
    }

    @Override
    public void weightConnections(int[] into) {
        network.weightConnections(into);
    }

    @Override
    public int prunedConnectionCount() {
        return network.prunedConnectionCount();
    }

    @Override
    public void liveConnections(boolean[] into) {
        network.liveConnections(into);
    }

    @Override
    public int nodeCount() {
        return network.nodeCount();
    }

    @Override
    public void nodeValues(double[] into) {
        network.nodeValues(into);
    }
}
