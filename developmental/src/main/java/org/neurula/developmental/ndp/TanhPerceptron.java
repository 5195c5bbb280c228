package org.neurula.developmental.ndp;

/**
 * A network with one hidden layer, tanh everywhere: out = tanh(V·tanh(U·x + b) + c). Its weights are a
 * slice of a parameter vector, read in the order U (row by row: hidden unit by hidden unit), b, V
 * (output by output), c. Computing allocates nothing; an instance holds a scratch row and is used by
 * one thread at a time.
 */
final class TanhPerceptron {

    private final double[] parameters;
    private final int offset;
    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final double[] scratch;

    /** The perceptron whose weights start at {@code offset} of {@code parameters}. */
    TanhPerceptron(double[] parameters, int offset, int inputs, int hidden, int outputs) {
        if (offset + size(inputs, hidden, outputs) > parameters.length) {
            throw new IllegalArgumentException("the parameter vector holds " + parameters.length
                    + " numbers; a perceptron from " + offset + " needs " + size(inputs, hidden, outputs));
        }
        this.parameters = parameters;
        this.offset = offset;
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.scratch = new double[hidden];
    }

    /** Weights and biases of a perceptron of this shape. */
    static int size(int inputs, int hidden, int outputs) {
        return inputs * hidden + hidden + hidden * outputs + outputs;
    }

    /** Computes the outputs for {@code x[from .. from + inputs)} into {@code out[to .. to + outputs)}. */
    void compute(double[] x, int from, double[] out, int to) {
        int p = offset;
        int biases = offset + inputs * hidden;
        for (int h = 0; h < hidden; h++) {
            double sum = parameters[biases + h];
            for (int i = 0; i < inputs; i++) {
                sum += parameters[p++] * x[from + i];
            }
            scratch[h] = Math.tanh(sum);
        }
        outputLayer(out, to);
    }

    /** Computes the outputs for two concatenated inputs: {@code a[aFrom ..]} then {@code b[bFrom ..]}, half each. */
    void compute(double[] a, int aFrom, double[] b, int bFrom, double[] out, int to) {
        int half = inputs / 2;
        int p = offset;
        int biases = offset + inputs * hidden;
        for (int h = 0; h < hidden; h++) {
            double sum = parameters[biases + h];
            for (int i = 0; i < half; i++) {
                sum += parameters[p++] * a[aFrom + i];
            }
            for (int i = 0; i < half; i++) {
                sum += parameters[p++] * b[bFrom + i];
            }
            scratch[h] = Math.tanh(sum);
        }
        outputLayer(out, to);
    }

    /** The output layer from the hidden values in {@code scratch}. */
    private void outputLayer(double[] out, int to) {
        int p = offset + inputs * hidden + hidden;
        int outBiases = p + hidden * outputs;
        for (int o = 0; o < outputs; o++) {
            double sum = parameters[outBiases + o];
            for (int h = 0; h < hidden; h++) {
                sum += parameters[p++] * scratch[h];
            }
            out[to + o] = Math.tanh(sum);
        }
    }
}
