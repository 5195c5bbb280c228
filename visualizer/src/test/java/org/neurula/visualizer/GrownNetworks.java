package org.neurula.visualizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.PhenotypeJson;

/** Grown networks (HyperNEAT-like substrates) and genome files carrying them; test support, not a test. */
public final class GrownNetworks {

    private GrownNetworks() {
    }

    /** The weight every fixture's input at (sx, sy) gives the output at (tx, ty): tx - sx / 2, none below 0.2. */
    public static double weight(double sx, double sy, double tx, double ty) {
        return tx - 0.5 * sx + 0.01 * ty;
    }

    /** Expressed like HyperNEAT: only connections with |weight| of at least 0.2. */
    public static boolean expressed(double w) {
        return Math.abs(w) >= 0.2;
    }

    /**
     * A 2-D substrate: a {@code side} × {@code side} input sheet and an output sheet over the same grid
     * (so they share coordinates), every input connected to every output by {@link #weight} where
     * {@link #expressed}. Nodes: inputs 0 … side²-1, outputs after them.
     */
    public static NetworkBlueprint sheets2d(int side) {
        return sheets(side, false);
    }

    /** {@link #sheets2d} in 3-D: the input sheet at z = -1, the output sheet at z = 1. */
    public static NetworkBlueprint sheets3d(int side) {
        return sheets(side, true);
    }

    private static NetworkBlueprint sheets(int side, boolean threeD) {
        Positions grid = Positions.grid(side, side, threeD ? -1.0 : Double.NaN);
        Positions outputs = Positions.grid(side, side, threeD ? 1.0 : Double.NaN);
        Positions all = grid.concat(outputs);
        int n = 2 * side * side;
        int[] ids = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        double[] biases = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            kinds[i] = i < side * side ? NodeKind.INPUT : NodeKind.OUTPUT;
            activations[i] = i < side * side ? Activation.IDENTITY : Activation.TANH;
        }
        List<int[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int s = 0; s < side * side; s++) {
            for (int t = side * side; t < n; t++) {
                double w = weight(all.coordinate(s, 0), all.coordinate(s, 1), all.coordinate(t, 0),
                        all.coordinate(t, 1));
                if (expressed(w)) {
                    pairs.add(new int[] {s, t});
                    weights.add(w);
                }
            }
        }
        int[] sources = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] targets = pairs.stream().mapToInt(p -> p[1]).toArray();
        return new NetworkBlueprint(ids, kinds, activations, biases, sources, targets,
                weights.stream().mapToDouble(Double::doubleValue).toArray(), false, null, all);
    }

    /** A HyperNEAT-like CPPN: inputs x1, y1, x2, y2, a bias, one gaussian hidden node, one tanh output. */
    public static Genome cppn() {
        GenomeBuilder b = new GenomeBuilder();
        for (int i = 0; i < 4; i++) {
            b.node(i, NodeKind.INPUT, Activation.IDENTITY, 0.0);
        }
        b.node(4, NodeKind.BIAS, Activation.IDENTITY, 0.0)
                .node(5, NodeKind.OUTPUT, Activation.TANH, 0.0)
                .node(6, NodeKind.HIDDEN, Activation.GAUSSIAN, 0.0)
                .connection(0, 0, 6, 1.0, true)
                .connection(1, 2, 6, -1.0, true)
                .connection(2, 6, 5, 2.0, true)
                .connection(3, 4, 5, -0.5, true)
                .connection(4, 3, 5, 0.7, true);
        return b.build();
    }

    /** Writes a genome file holding {@link #cppn()} and {@code phenotype} to {@code file}. */
    public static Path write(Path file, NetworkBlueprint phenotype) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("format", GenomeJson.FORMAT);
        root.put("version", GenomeJson.VERSION);
        root.put("id", 42);
        root.put("generation", 7);
        root.put("fitness", 0.75);
        root.setAll(GenomeJson.genome(cppn()));
        root.set("phenotype", PhenotypeJson.of(phenotype));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, root.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
