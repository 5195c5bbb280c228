package org.neurula.neat.genome;

import java.util.random.RandomGenerator;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.plasticity.GeneScope;
import org.neurula.neat.plasticity.PlasticityDraws;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.innovation.Innovations;

/**
 * The minimal starting genomes NEAT grows from: inputs (ids 0..I-1), the bias (id I) and outputs
 * (ids I+1..I+O), with no hidden nodes, each input and the bias connected to each output (or a
 * random fraction of those links), weights random; plastic runs add random plasticity genes.
 */
public final class InitialGenomes implements InitialGenomeSource {

    private final int inputs;
    private final int outputs;
    private final GenomeParameters parameters;
    private final ActivationFunction outputActivation;
    private final ActivationFunction inputActivation;
    private final PlasticityParameters plasticity;

    /** Initial static genomes for a task with the given numbers of inputs and outputs. */
    public InitialGenomes(int inputs, int outputs, GenomeParameters parameters, ActivationFunction outputActivation,
            ActivationFunction inputActivation) {
        this(inputs, outputs, parameters, outputActivation, inputActivation, PlasticityParameters.defaults());
    }

    /**
     * Initial genomes for a task with the given numbers of inputs and outputs; when plasticity is
     * enabled they carry random plasticity genes (a rule drawn from the allowed ones, parameters
     * uniform within their limits, per connection or network-wide).
     */
    public InitialGenomes(int inputs, int outputs, GenomeParameters parameters, ActivationFunction outputActivation,
            ActivationFunction inputActivation, PlasticityParameters plasticity) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a network needs at least one input and one output");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.parameters = parameters;
        this.outputActivation = outputActivation;
        this.inputActivation = inputActivation;
        this.plasticity = plasticity;
    }

    /** The id of the bias node. */
    public int biasId() {
        return inputs;
    }

    /** The first id free for hidden nodes. */
    public int firstHiddenId() {
        return inputs + 1 + outputs;
    }

    /** A tracker that already knows the innovations of all input/bias-to-output links, in order. */
    @Override
    public InnovationTracker newTracker() {
        InnovationTracker tracker = new InnovationTracker(firstHiddenId());
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i <= inputs; i++) {
                tracker.connectionInnovation(i, inputs + 1 + o);
            }
        }
        return tracker;
    }

    /** One random initial genome. */
    @Override
    public Genome create(RandomGenerator random, Innovations tracker) {
        GenomeBuilder builder = new GenomeBuilder();
        boolean perConnection = plasticity.enabled() && plasticity.genes() == GeneScope.CONNECTION;
        if (plasticity.enabled()) {
            builder.plasticity(PlasticityDraws.genes(plasticity, random));
        }
        for (int i = 0; i < inputs; i++) {
            builder.node(i, NodeKind.INPUT, inputActivation, 0.0);
        }
        builder.node(inputs, NodeKind.BIAS, inputActivation, 0.0);
        for (int o = 0; o < outputs; o++) {
            builder.node(inputs + 1 + o, NodeKind.OUTPUT, outputActivation, 0.0);
        }
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i <= inputs; i++) {
                if (parameters.initialConnectivity() < 1.0 && random.nextDouble() >= parameters.initialConnectivity()) {
                    continue;
                }
                double w = parameters.randomWeight(random);
                int target = inputs + 1 + o;
                builder.connection(tracker.connectionInnovation(i, target), i, target, w, true,
                        perConnection ? PlasticityDraws.parameters(plasticity, random) : null);
            }
        }
        return builder.build();
    }
}
