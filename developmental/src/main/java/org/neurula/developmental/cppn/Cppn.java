package org.neurula.developmental.cppn;

import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.FeedForwardNetwork;
import org.neurula.neat.network.Network;

/**
 * A NEAT genome read as a CPPN and compiled once into a feed-forward {@link Network} (the direct
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

    private final CppnLayout layout;
    private final Network network;
    private final double[] inputs;

    private Cppn(CppnLayout layout, Network network) {
        this.layout = layout;
        this.network = network;
        this.inputs = new double[layout.cppnInputs()];
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
        final double[] in = inputs;
        final int d = layout.dimensions();
        final int deltas = layout.deltaInput(0);
        final int distance = layout.distanceInput();
        double squared = 0.0;
        for (int a = 0; a < d; a++) {
            double s = source[sourceOffset + a];
            double t = target[targetOffset + a];
            in[a] = s;
            in[d + a] = t;
            double delta = t - s;
            if (deltas >= 0) {
                in[deltas + a] = delta;
            }
            squared += delta * delta;
        }
        if (distance >= 0) {
            in[distance] = Math.sqrt(squared);
        }
        network.activate(in, out);
    }
}
