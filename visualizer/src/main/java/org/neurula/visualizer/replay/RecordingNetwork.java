package org.neurula.visualizer.replay;

import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.network.ForwardingNetwork;
import org.neurula.neat.network.Network;

/**
 * A network that passes everything to a plastic or pruning network and keeps a copy of its weights
 * after each activation step (up to a limit), with the modulation signal in force during that step and,
 * when it prunes, which connections are still live. Used once, outside evolution, to replay a lifetime;
 * not for hot paths.
 */
final class RecordingNetwork extends ForwardingNetwork {

    private final Network network;
    private final int maxSteps;
    private final List<double[]> frames = new ArrayList<>();
    private final List<Double> signals = new ArrayList<>();
    private final List<boolean[]> live;
    private double signal;
    private long steps;

    /**
     * @param prunes whether to record the live connections of each step too
     */
    RecordingNetwork(Network network, int maxSteps, boolean prunes) {
        super(network);
        this.network = network;
        this.maxSteps = maxSteps;
        this.live = prunes ? new ArrayList<>() : null;
        record();
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

    private void record() {
        double[] w = new double[network.connectionCount()];
        network.weights(w);
        frames.add(w);
        signals.add(signal);
        if (live != null) {
            boolean[] flags = new boolean[w.length];
            network.liveConnections(flags);
            live.add(flags);
        }
    }

    /** The live connections at each frame, or null when not recorded. */
    boolean[][] live() {
        return live == null ? null : live.toArray(new boolean[0][]);
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
