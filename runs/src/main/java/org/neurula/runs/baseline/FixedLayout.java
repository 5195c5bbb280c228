package org.neurula.runs.baseline;

import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * The fixed network of the baseline, as a genome whose weights come from a vector: inputs (ids
 * 0..I−1) and the bias (id I) feed every hidden node and every output (ids I+1..I+O); every hidden
 * node (ids from I+O+1) feeds every output; with recurrence every hidden node also feeds every hidden
 * node, itself included. Connection k has innovation k and weight {@code weights[k]}.
 */
public final class FixedLayout {

    private final int inputs;
    private final int outputs;
    private final int hidden;
    private final ActivationFunction identity;
    private final ActivationFunction hiddenActivation;
    private final ActivationFunction outputActivation;
    private final int[] sources;
    private final int[] targets;

    /** The layout for a task with {@code inputs} and {@code outputs}, and {@code hidden} hidden nodes. */
    public FixedLayout(int inputs, int outputs, int hidden, boolean recurrent, ActivationFunction identity,
            ActivationFunction hiddenActivation, ActivationFunction outputActivation) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.hidden = hidden;
        this.identity = identity;
        this.hiddenActivation = hiddenActivation;
        this.outputActivation = outputActivation;
        List<int[]> links = new ArrayList<>();
        int firstHidden = inputs + 1 + outputs;
        for (int h = 0; h < hidden; h++) {
            for (int i = 0; i <= inputs; i++) {
                links.add(new int[] {i, firstHidden + h});
            }
        }
        if (recurrent) {
            for (int from = 0; from < hidden; from++) {
                for (int to = 0; to < hidden; to++) {
                    links.add(new int[] {firstHidden + from, firstHidden + to});
                }
            }
        }
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i <= inputs; i++) {
                links.add(new int[] {i, inputs + 1 + o});
            }
            for (int h = 0; h < hidden; h++) {
                links.add(new int[] {firstHidden + h, inputs + 1 + o});
            }
        }
        sources = links.stream().mapToInt(l -> l[0]).toArray();
        targets = links.stream().mapToInt(l -> l[1]).toArray();
    }

    /** Number of weights. */
    public int weightCount() {
        return sources.length;
    }

    /** Number of hidden nodes. */
    public int hidden() {
        return hidden;
    }

    /** The network with these weights, as a genome. */
    public Genome genome(double[] weights) {
        if (weights.length != sources.length) {
            throw new IllegalArgumentException("the layout has " + sources.length + " weights, got " + weights.length);
        }
        GenomeBuilder b = new GenomeBuilder();
        for (int i = 0; i < inputs; i++) {
            b.node(i, NodeKind.INPUT, identity, 0.0);
        }
        b.node(inputs, NodeKind.BIAS, identity, 0.0);
        for (int o = 0; o < outputs; o++) {
            b.node(inputs + 1 + o, NodeKind.OUTPUT, outputActivation, 0.0);
        }
        for (int h = 0; h < hidden; h++) {
            b.node(inputs + 1 + outputs + h, NodeKind.HIDDEN, hiddenActivation, 0.0);
        }
        for (int k = 0; k < sources.length; k++) {
            b.connection(k, sources[k], targets[k], weights[k], true);
        }
        return b.build();
    }
}
