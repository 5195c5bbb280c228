package org.neurula.developmental.cppn;

import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.FeedForwardNetwork;

/**
 * A NEAT genome read as a CPPN and compiled once into a {@link FeedForwardNetwork} (the direct
 * encoding, so the CPPN computes exactly what the genome's network would). A query sets the inputs
 * described by a {@link CppnLayout} and writes the outputs into the caller's array; it allocates
 * nothing. One instance belongs to one thread (it keeps its input buffer and the network's node values).
 *
 * <pre>{@code
 * Cppn cppn = Cppn.compile(genome, layout);
 * double[] out = new double[layout.cppnOutputs()];
 * cppn.query(coordinates, 2 * source, coordinates, 2 * target, out);   // 2-D flat coordinates
 * }</pre>
 */
public final class Cppn {

    private static final DirectDecoder DIRECT = new DirectDecoder(false);

    /** Targets one {@link #queryRow} call hands to the network at a time. */
    private static final int ROW_CHUNK = 128;
    /**
     * Rows shorter than this are queried one target at a time: below about six targets the per-node
     * loops of a row cost more than they save (JMH, 2-D CPPN of three hidden nodes).
     */
    private static final int SHORT_ROW = 6;

    private final CppnLayout layout;
    private final FeedForwardNetwork network;
    private final double[] inputs;
    private final double[] outputBuffer;
    /** {@link #queryRow}'s input vectors; made on first use. */
    private double[] rowInputs;

    private Cppn(CppnLayout layout, FeedForwardNetwork network) {
        this.layout = layout;
        this.network = network;
        this.inputs = new double[layout.cppnInputs()];
        this.outputBuffer = new double[layout.cppnOutputs()];
    }

    /**
     * Compiles {@code genome} as a CPPN of {@code layout}.
     *
     * @throws IllegalArgumentException if the genome's input or output count does not match the layout
     *                                  or its enabled connections form a cycle (CPPNs are feed-forward)
     */
    public static Cppn compile(Genome genome, CppnLayout layout) {
        if (genome.inputCount() != layout.cppnInputs() || genome.outputCount() != layout.cppnOutputs()) {
            throw new IllegalArgumentException("the CPPN needs " + layout.cppnInputs() + " inputs and "
                    + layout.cppnOutputs() + " outputs, the genome has " + genome.inputCount() + " and "
                    + genome.outputCount());
        }
        return switch (DIRECT.decode(genome)) {
            case DecodeResult.Decoded d -> new Cppn(layout, FeedForwardNetwork.compile(d.blueprint()));
            case DecodeResult.Rejected r -> throw new IllegalArgumentException("CPPN genome: " + r.reason());
        };
    }

    /** The layout this CPPN was compiled for. */
    public CppnLayout layout() {
        return layout;
    }

    /**
     * Raw query.
     *
     * @param in  {@link CppnLayout#cppnInputs()} values in the layout's input order
     * @param out receives {@link CppnLayout#cppnOutputs()} values
     */
    public void query(double[] in, double[] out) {
        network.activate(in, out);
    }

    /**
     * Queries the connection from a source point to a target point, both read from flat coordinate
     * arrays ({@code dimensions} values per point); the deltas and distance inputs are computed here.
     *
     * @param source       coordinates holding the source point
     * @param sourceOffset index of the source's x in {@code source}
     * @param target       coordinates holding the target point
     * @param targetOffset index of the target's x in {@code target}
     * @param out          receives {@link CppnLayout#cppnOutputs()} values
     */
    public void query(double[] source, int sourceOffset, double[] target, int targetOffset, double[] out) {
        setInputs(inputs, 0, source, sourceOffset, target, targetOffset);
        network.activate(inputs, out);
    }

    /**
     * Queries the connections from one source point to {@code count} consecutive target points, with
     * the same outputs, to the bit, as {@code count} calls of
     * {@link #query(double[], int, double[], int, double[])}, in a fraction of their time (the CPPN
     * runs node by node across the targets). The first call makes a buffer; later ones allocate nothing.
     *
     * @param targets      flat coordinates; the targets are the {@code count} points from {@code targetOffset} on
     * @param out          receives {@code count} output vectors one after another
     *                     ({@link CppnLayout#cppnOutputs()} values each)
     */
    public void queryRow(double[] source, int sourceOffset, double[] targets, int targetOffset, int count,
            double[] out) {
        final int n = layout.cppnInputs();
        final int d = layout.dimensions();
        final int outputs = layout.cppnOutputs();
        if (count < SHORT_ROW) {
            for (int k = 0; k < count; k++) {
                setInputs(inputs, 0, source, sourceOffset, targets, targetOffset + k * d);
                network.activate(inputs, outputBuffer);
                System.arraycopy(outputBuffer, 0, out, k * outputs, outputs);
            }
            return;
        }
        if (rowInputs == null) {
            rowInputs = new double[ROW_CHUNK * n];
        }
        final double[] in = rowInputs;
        for (int done = 0; done < count; done += ROW_CHUNK) {
            int m = Math.min(ROW_CHUNK, count - done);
            for (int k = 0; k < m; k++) {
                setInputs(in, k * n, source, sourceOffset, targets, targetOffset + (done + k) * d);
            }
            network.activateAll(in, 0, out, done * outputs, m);
        }
    }

    private void setInputs(double[] in, int at, double[] source, int sourceOffset, double[] target,
            int targetOffset) {
        final int d = layout.dimensions();
        final int deltas = layout.deltaInput(0);
        final int distance = layout.distanceInput();
        double squared = 0.0;
        for (int a = 0; a < d; a++) {
            double s = source[sourceOffset + a];
            double t = target[targetOffset + a];
            in[at + a] = s;
            in[at + d + a] = t;
            double delta = t - s;
            if (deltas >= 0) {
                in[at + deltas + a] = delta;
            }
            squared += delta * delta;
        }
        if (distance >= 0) {
            in[at + distance] = Math.sqrt(squared);
        }
    }
}
