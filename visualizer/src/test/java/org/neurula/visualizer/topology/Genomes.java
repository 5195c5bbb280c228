package org.neurula.visualizer.topology;

import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/** Small hand-built genomes for the drawing tests; test support, not a test. */
final class Genomes {

    private Genomes() {
    }

    /**
     * Inputs 0, 1, bias 2, output 3; hidden 4 (from 0 and 1) and 5 (from 4): a chain 0 → 4 → 5 → 3,
     * a direct 1 → 3 spanning three layers, a negative 2 → 3, a disabled 0 → 3.
     */
    static Genome chain() {
        return chainGenes().build();
    }

    /** {@link #chain()} plus recurrent links: 5 → 4 (back), 5 → 5 (self), 3 → 4 (from the output). */
    static Genome recurrent() {
        return chainGenes()
                .connection(7, 5, 4, -1.0, true)
                .connection(8, 5, 5, 0.25, true)
                .connection(9, 3, 4, 0.5, true)
                .build();
    }

    private static GenomeBuilder chainGenes() {
        return base()
                .node(4, NodeKind.HIDDEN, Activation.TANH, 0.0)
                .node(5, NodeKind.HIDDEN, Activation.RELU, 0.5)
                .connection(0, 0, 3, 0.7, false)
                .connection(1, 1, 3, 2.0, true)
                .connection(2, 2, 3, -4.0, true)
                .connection(3, 0, 4, 1.0, true)
                .connection(4, 1, 4, -0.5, true)
                .connection(5, 4, 5, 3.0, true)
                .connection(6, 5, 3, 1.5, true);
    }

    /** Five hidden nodes side by side between two inputs and two outputs, fully connected, plus a modulatory node. */
    static Genome wide() {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0.0)
                .node(3, NodeKind.OUTPUT, Activation.SIGMOID, 0.0)
                .node(4, NodeKind.OUTPUT, Activation.SIGMOID, 0.0);
        int innovation = 0;
        for (int h = 10; h < 15; h++) {
            b.node(h, NodeKind.HIDDEN, Activation.STEEPENED_SIGMOID, 0.0);
            b.connection(innovation++, 0, h, 0.1 * h, true);
            b.connection(innovation++, 1, h, -0.1 * h, true);
            b.connection(innovation++, h, 3, 1.0, true);
            b.connection(innovation++, h, 4, -1.0, true);
        }
        b.node(20, NodeKind.MODULATORY, Activation.TANH, 0.0);
        b.connection(innovation++, 2, 20, 1.0, true);
        b.connection(innovation, 20, 3, 0.3, true);
        return b.build();
    }

    private static GenomeBuilder base() {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0.0)
                .node(3, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0.0);
    }
}
