package org.neurula.fitness;

import java.util.function.ToDoubleFunction;
import org.neurula.neat.network.Network;

/**
 * A hand-written stand-in for a compiled network in task tests: subclasses (or {@link #of}) decide
 * the outputs; it has no connections, is feed-forward unless a subclass says otherwise, and its reset
 * does nothing unless overridden.
 */
public abstract class ScriptedNetwork implements Network {

    private final int inputs;
    private final int outputs;

    /** A network with {@code inputs} inputs and {@code outputs} outputs. */
    protected ScriptedNetwork(int inputs, int outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** A one-output network computing {@code f} of its inputs. */
    public static ScriptedNetwork of(int inputs, ToDoubleFunction<double[]> f) {
        return new ScriptedNetwork(inputs, 1) {
            @Override
            public void activate(double[] in, double[] out) {
                out[0] = f.applyAsDouble(in);
            }
        };
    }

    @Override
    public int inputCount() {
        return inputs;
    }

    @Override
    public int outputCount() {
        return outputs;
    }

    @Override
    public int connectionCount() {
        return 0;
    }

    @Override
    public boolean isRecurrent() {
        return false;
    }

    @Override
    public void reset() {
    }
}
