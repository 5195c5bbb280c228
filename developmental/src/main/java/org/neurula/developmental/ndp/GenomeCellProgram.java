package org.neurula.developmental.ndp;

import java.util.Arrays;
import org.neurula.neat.network.Network;

/**
 * A cell program that is a network evolved by NEAT (what the NDP paper's fixed perceptrons become when
 * the program itself complexifies). One feed-forward network answers the three questions a cell asks,
 * told apart by its last input: with d the embedding size, inputs are two embeddings x and y and a
 * query q, outputs a new embedding, a division signal and an edge weight:
 * <ul>
 *   <li>update: x = the weighted sum of the neighbours' embeddings, y = 0, q = −1; the new embedding is
 *       outputs 0 … d−1;</li>
 *   <li>division: x = the cell's embedding, y = 0, q = 0; the cell divides when output d is positive;</li>
 *   <li>weight: x and y the two cells' embeddings, q = 1; the edge's weight is output d+1;</li>
 *   <li>bias (when the run gives grown cells biases): x = the cell's final embedding, y = 0, q = 0.5;
 *       the bias is output d+1.</li>
 * </ul>
 * Outputs are expected in [−1, 1] around 0 (tanh or bipolar-sigmoid output nodes). The seed cell's
 * embedding is all ones (the reference code's default when it is not evolved). Allocates nothing per
 * query.
 */
public final class GenomeCellProgram implements CellProgram {

    private final Network network;
    private final int d;
    private final double[] in;
    private final double[] out;

    /**
     * The program {@code network} computes.
     *
     * @throws IllegalArgumentException if the network does not have 2d + 1 inputs and d + 2 outputs
     */
    public GenomeCellProgram(Network network, int embeddingSize) {
        if (network.inputCount() != 2 * embeddingSize + 1 || network.outputCount() != embeddingSize + 2) {
            throw new IllegalArgumentException("a cell program for embeddings of " + embeddingSize + " needs "
                    + (2 * embeddingSize + 1) + " inputs and " + (embeddingSize + 2) + " outputs, the network has "
                    + network.inputCount() + " and " + network.outputCount());
        }
        this.network = network;
        this.d = embeddingSize;
        this.in = new double[2 * d + 1];
        this.out = new double[d + 2];
    }

    @Override
    public int embeddingSize() {
        return d;
    }

    @Override
    public void seedEmbedding(double[] into) {
        Arrays.fill(into, 0, d, 1.0);
    }

    private void ask(double[] x, int xFrom, double[] y, int yFrom, double query) {
        System.arraycopy(x, xFrom, in, 0, d);
        if (y == null) {
            Arrays.fill(in, d, 2 * d, 0.0);
        } else {
            System.arraycopy(y, yFrom, in, d, d);
        }
        in[2 * d] = query;
        network.reset();
        network.activate(in, out);
    }

    @Override
    public void update(double[] aggregate, int from, double[] into, int to) {
        ask(aggregate, from, null, 0, -1);
        System.arraycopy(out, 0, into, to, d);
    }

    @Override
    public boolean divides(double[] embedding, int from) {
        ask(embedding, from, null, 0, 0);
        return out[d] > 0;
    }

    @Override
    public boolean weighted() {
        return true;
    }

    /** The bias of a grown cell whose final embedding is {@code embedding[from ..]}. */
    public double bias(double[] embedding, int from) {
        ask(embedding, from, null, 0, 0.5);
        return out[d + 1];
    }

    @Override
    public double weight(double[] a, int aFrom, double[] b, int bFrom) {
        ask(a, aFrom, b, bFrom, 1);
        return out[d + 1];
    }
}
