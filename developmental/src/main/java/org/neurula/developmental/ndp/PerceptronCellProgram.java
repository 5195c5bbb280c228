package org.neurula.developmental.ndp;

import java.util.Arrays;

/**
 * The published NDP's cell program: three tanh perceptrons whose weights, and optionally the seed
 * embedding, come from one evolved vector laid out as: seed embedding (when evolved), replication
 * network, embedding update network, edge weight network (see {@link NdpParameters}). A cell divides
 * when the replication network's output is positive.
 */
public final class PerceptronCellProgram implements CellProgram {

    private final NdpParameters shape;
    private final double[] vector;
    private final TanhPerceptron replication;
    private final TanhPerceptron update;
    private final TanhPerceptron weight;
    private final double[] one = new double[1];

    /**
     * The program that {@code vector} encodes.
     *
     * @throws IllegalArgumentException if the vector's length is not {@code shape.parameterCount()}
     */
    public PerceptronCellProgram(NdpParameters shape, double[] vector) {
        if (vector.length != shape.parameterCount()) {
            throw new IllegalArgumentException("an NDP of this shape has " + shape.parameterCount()
                    + " parameters, the vector " + vector.length);
        }
        this.shape = shape;
        this.vector = vector.clone();
        int d = shape.embeddingSize();
        int h = shape.hiddenSize();
        int at = shape.evolveInitialEmbedding() ? d : 0;
        this.replication = new TanhPerceptron(this.vector, at, d, h, 1);
        at += shape.replicationParameters();
        this.update = new TanhPerceptron(this.vector, at, d, h, d);
        at += shape.transformParameters();
        this.weight = shape.weighted() ? new TanhPerceptron(this.vector, at, 2 * d, h, 1) : null;
    }

    @Override
    public int embeddingSize() {
        return shape.embeddingSize();
    }

    @Override
    public void seedEmbedding(double[] into) {
        if (shape.evolveInitialEmbedding()) {
            System.arraycopy(vector, 0, into, 0, shape.embeddingSize());
        } else {
            Arrays.fill(into, 0, shape.embeddingSize(), 1.0);
        }
    }

    @Override
    public void update(double[] aggregate, int from, double[] into, int to) {
        update.compute(aggregate, from, into, to);
    }

    @Override
    public boolean divides(double[] embedding, int from) {
        replication.compute(embedding, from, one, 0);
        return one[0] > 0;
    }

    @Override
    public boolean weighted() {
        return weight != null;
    }

    @Override
    public double weight(double[] a, int aFrom, double[] b, int bFrom) {
        if (weight == null) {
            return 1.0;
        }
        weight.compute(a, aFrom, b, bFrom, one, 0);
        return one[0];
    }
}
