package org.neurula.developmental.substrate;

import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;

/**
 * The nodes of a HyperNEAT substrate and its candidate connections. Nodes are indexed as in the direct
 * encoding, so a task sees the same input and output order: inputs 0..I-1 (the geometry's input points),
 * the bias I, outputs I+1..I+O (the geometry's output points), then the hidden layers in order.
 *
 * <p><b>Placement.</b> The last axis is the layering axis: y in 2-D, z in 3-D (a task's default
 * {@link Geometry#lines} puts inputs at y = -1 and outputs at y = 1). Hidden layer k of L sits at
 * {@code in + (out − in)·(k+1)/(L+1)} on that axis, where {@code in} and {@code out} are the mean
 * layering coordinates of the inputs and of the outputs (for the default lines: -1 + 2(k+1)/(L+1)). A grid
 * layer spreads its nodes over [-1, 1] on the other axes ({@link Positions#grid} order: row-major from
 * the lowest x and y); a layer of explicit points keeps them. The bias node sits at the centroid of the
 * input points (it has connections only when the CPPN has no bias output; see the decoder).
 *
 * <p>Immutable and thread-safe.
 */
public final class Substrate {

    private final int dimensions;
    private final int inputs;
    private final int outputs;
    /** Hidden layer k holds node indices [layerStart[k], layerStart[k + 1]). */
    private final int[] layerStart;
    private final double[] coordinates;
    private final Positions positions;
    private final Connectivity connectivity;
    private final boolean inputToOutput;

    private Substrate(int dimensions, int inputs, int outputs, int[] layerStart, double[] coordinates,
            Connectivity connectivity, boolean inputToOutput) {
        this.dimensions = dimensions;
        this.inputs = inputs;
        this.outputs = outputs;
        this.layerStart = layerStart;
        this.coordinates = coordinates;
        this.positions = Positions.of(dimensions, coordinates);
        this.connectivity = connectivity;
        this.inputToOutput = inputToOutput;
    }

    /**
     * The substrate of a task's geometry with the given hidden layers and connectivity.
     *
     * @throws IllegalArgumentException listing every problem of {@code parameters} (keys under
     *                                  {@code substrate}), or if the geometry has no inputs or outputs
     */
    public static Substrate of(Geometry geometry, SubstrateParameters parameters) {
        int d = geometry.dimensions();
        ParameterProblems problems = new ParameterProblems();
        parameters.check(problems, "substrate", d);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("invalid substrate:");
            for (ParameterProblems.Problem p : problems.problems()) {
                message.append("\n  ").append(p.path()).append(": ").append(p.message());
            }
            throw new IllegalArgumentException(message.toString());
        }
        Positions in = geometry.inputs();
        Positions out = geometry.outputs();
        if (in.count() < 1 || out.count() < 1) {
            throw new IllegalArgumentException("a substrate needs at least one input and one output, the geometry has "
                    + in.count() + " and " + out.count());
        }
        List<HiddenLayer> hidden = parameters.hidden();
        int[] layerStart = new int[hidden.size() + 1];
        int next = in.count() + 1 + out.count();
        for (int k = 0; k < hidden.size(); k++) {
            layerStart[k] = next;
            next += hidden.get(k).size(d);
        }
        layerStart[hidden.size()] = next;
        double[] c = new double[next * d];
        int axis = d - 1;
        double[] centroid = new double[d];
        for (int i = 0; i < in.count(); i++) {
            for (int a = 0; a < d; a++) {
                c[i * d + a] = in.coordinate(i, a);
                centroid[a] += in.coordinate(i, a) / in.count();
            }
        }
        System.arraycopy(centroid, 0, c, in.count() * d, d);
        double outMean = 0;
        for (int o = 0; o < out.count(); o++) {
            for (int a = 0; a < d; a++) {
                c[(in.count() + 1 + o) * d + a] = out.coordinate(o, a);
            }
            outMean += out.coordinate(o, axis) / out.count();
        }
        for (int k = 0; k < hidden.size(); k++) {
            HiddenLayer layer = hidden.get(k);
            int base = layerStart[k] * d;
            if (layer.explicit()) {
                for (int i = 0; i < layer.coordinates().size(); i++) {
                    c[base + i] = layer.coordinates().get(i);
                }
                continue;
            }
            double level = centroid[axis] + (outMean - centroid[axis]) * (k + 1) / (hidden.size() + 1);
            Positions grid = Positions.grid(layer.columns(), layer.rows(), d == 3 ? level : Double.NaN);
            for (int p = 0; p < grid.count(); p++) {
                c[base + p * d] = grid.coordinate(p, 0);
                c[base + p * d + 1] = d == 3 ? grid.coordinate(p, 1) : level;
                if (d == 3) {
                    c[base + p * d + 2] = level;
                }
            }
        }
        return new Substrate(d, in.count(), out.count(), layerStart, c, parameters.connectivity(),
                parameters.inputToOutput());
    }

    /** 2 or 3. */
    public int dimensions() {
        return dimensions;
    }

    /** Number of input nodes (the bias not counted). */
    public int inputCount() {
        return inputs;
    }

    /** Number of output nodes. */
    public int outputCount() {
        return outputs;
    }

    /** Number of hidden nodes. */
    public int hiddenCount() {
        return layerStart[layerStart.length - 1] - firstHidden();
    }

    /** Number of nodes: inputs, bias, outputs and hidden. */
    public int nodeCount() {
        return layerStart[layerStart.length - 1];
    }

    /** Node index of the bias: the input count. */
    public int biasIndex() {
        return inputs;
    }

    /** Node index of the first output. */
    public int firstOutput() {
        return inputs + 1;
    }

    /** Node index of the first hidden node. */
    public int firstHidden() {
        return inputs + 1 + outputs;
    }

    /** Number of hidden layers. */
    public int hiddenLayerCount() {
        return layerStart.length - 1;
    }

    /** Node index of the first node of hidden layer {@code k}. */
    public int layerStart(int k) {
        return layerStart[k];
    }

    /** One past the node index of the last node of hidden layer {@code k}. */
    public int layerEnd(int k) {
        return layerStart[k + 1];
    }

    /** Whether the connectivity is {@link Connectivity#RECURRENT}. */
    public boolean recurrent() {
        return connectivity == Connectivity.RECURRENT;
    }

    /** The connectivity. */
    public Connectivity connectivity() {
        return connectivity;
    }

    /** Every node's position, in node index order. */
    public Positions positions() {
        return positions;
    }

    /** Coordinate {@code axis} of node {@code node}. */
    public double coordinate(int node, int axis) {
        return coordinates[node * dimensions + axis];
    }

    /** A copy of all nodes' coordinates, flat ({@code dimensions} per node, node index order). */
    public double[] coordinates() {
        return coordinates.clone();
    }

    /**
     * The candidate connections as blocks of node indices.
     *
     * @param biasConnects whether the bias node is a source like the inputs (when node biases do not
     *                     come from the CPPN)
     */
    public List<CandidateBlock> candidates(boolean biasConnects) {
        List<CandidateBlock> blocks = new ArrayList<>();
        int sourcesEnd = biasConnects ? inputs + 1 : inputs;
        int n = nodeCount();
        if (recurrent()) {
            blocks.add(new CandidateBlock(0, sourcesEnd, firstOutput(), n));
            blocks.add(new CandidateBlock(firstOutput(), n, firstOutput(), n));
            return blocks;
        }
        int from = 0;
        int fromEnd = sourcesEnd;
        for (int k = 0; k < hiddenLayerCount(); k++) {
            blocks.add(new CandidateBlock(from, fromEnd, layerStart(k), layerEnd(k)));
            from = layerStart(k);
            fromEnd = layerEnd(k);
        }
        blocks.add(new CandidateBlock(from, fromEnd, firstOutput(), firstHidden()));
        if (inputToOutput && hiddenLayerCount() > 0) {
            blocks.add(new CandidateBlock(0, sourcesEnd, firstOutput(), firstHidden()));
        }
        return blocks;
    }

    /** Number of candidate connections (see {@link #candidates}). */
    public long candidateCount(boolean biasConnects) {
        long total = 0;
        for (CandidateBlock b : candidates(biasConnects)) {
            total += b.size();
        }
        return total;
    }
}
