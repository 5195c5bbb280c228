package org.neurula.developmental.cppn;

import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * Builds CPPN genomes by hand for tests: the layout's inputs, bias and outputs (identity outputs, so an
 * output is exactly its weighted sum), plus hidden nodes and links as asked. Node ids as in the engine:
 * inputs 0..I-1, bias I, outputs I+1.., hidden after.
 */
public final class HandCppn {

    private final CppnLayout layout;
    private final GenomeBuilder builder = new GenomeBuilder();
    private int innovation;
    private int nextHidden;

    public HandCppn(CppnLayout layout) {
        this.layout = layout;
        for (int i = 0; i < layout.cppnInputs(); i++) {
            builder.node(i, NodeKind.INPUT, Activation.IDENTITY, 0.0);
        }
        builder.node(bias(), NodeKind.BIAS, Activation.IDENTITY, 0.0);
        for (int o = 0; o < layout.cppnOutputs(); o++) {
            builder.node(output(o), NodeKind.OUTPUT, Activation.IDENTITY, 0.0);
        }
        nextHidden = output(layout.cppnOutputs());
    }

    /** The bias node id. */
    public int bias() {
        return layout.cppnInputs();
    }

    /** The node id of output {@code k} (a layout output index). */
    public int output(int k) {
        return layout.cppnInputs() + 1 + k;
    }

    /** Adds a hidden node and returns its id. */
    public int hidden(ActivationFunction activation) {
        int id = nextHidden++;
        builder.node(id, NodeKind.HIDDEN, activation, 0.0);
        return id;
    }

    /** Adds a link. */
    public HandCppn link(int source, int target, double weight) {
        builder.connection(innovation++, source, target, weight, true);
        return this;
    }

    /** The output {@code k} is the constant {@code value}. */
    public HandCppn constant(int k, double value) {
        return link(bias(), output(k), value);
    }

    public Genome build() {
        return builder.build();
    }
}
