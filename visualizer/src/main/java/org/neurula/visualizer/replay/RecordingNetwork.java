package org.neurula.visualizer.replay;

import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.network.Network;

/**
 * A network that passes everything to a plastic network and keeps a copy of its weights after each
 * activation step (up to a limit), with the modulation signal in force during that step. Used once,
 * outside evolution, to replay a lifetime; not for hot paths.
 */
final class RecordingNetwork implements Network {

    private final Network network;
    private final int maxSteps;
    private final List<double[]> frames = new ArrayList<>();
    private final List<Double> signals = new ArrayList<>();
    private double signal;
    private long steps;

    RecordingNetwork(Network network, int maxSteps) {
        this.network = network;
        this.maxSteps = maxSteps;
        record();
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
        steps++;
        if (steps <= maxSteps) {
            record();
        }
    }

    @Override
    public void reset() {
        network.reset();
        signal = 0;
    }

    @Override
    public void modulate(double value) {
        network.modulate(value);
        signal = value;
    }

    @Override
    public void weights(double[] into) {
        network.weights(into);
    }

    @Override
    public void weightConnections(int[] into) {
        network.weightConnections(into);
    }

    private void record() {
        double[] w = new double[network.connectionCount()];
        network.weights(w);
        frames.add(w);
        signals.add(signal);
    }

    /** The frames recorded: the weights before the first step, then after each step up to the limit. */
    List<double[]> frames() {
        return frames;
    }

    /** The modulation signal in force at each frame. */
    double[] signals() {
        double[] s = new double[signals.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = signals.get(i);
        }
        return s;
    }

    /** Activation steps the lifetime took, recorded or not. */
    long steps() {
        return steps;
    }
}
