package org.neurula.developmental.cppn;

import java.util.List;
import java.util.random.RandomGenerator;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.InitialGenomeSource;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.innovation.Innovations;

/**
 * The initial CPPN genomes of a HyperNEAT run, for {@code EngineBuilder.initialGenomes}: NEAT's minimal
 * genomes for the layout's inputs and outputs (ids as in {@link InitialGenomes}: inputs 0..I-1, bias I,
 * outputs I+1..I+O, each input and the bias linked to each output, random weights), with every output
 * given the CPPN output activation. CPPN genomes are static (no plasticity genes): in adaptive HyperNEAT
 * the plasticity is painted by the CPPN, not carried by its genes.
 *
 * <p><b>Locality seed</b> (Verbancsics &amp; Stanley 2011, "Constraining connectivity to encourage
 * modularity in HyperNEAT"): with a link expression output, the LEO is fed only by the bias and by one
 * hidden Gaussian node per seeded axis, each computing {@code gaussian(Δa) = e^(-(a2−a1)²)} (from the
 * Δa input with weight 1, or from a1 and a2 with weights −1 and 1 without deltas). The seeded axes are
 * those within a substrate layer: x in 2-D (layers lie at different y), x and y in 3-D (layers at
 * different z); seeding the layering axis would suppress every connection between layers. Each Gaussian
 * reaches the LEO with weight 1 and the bias with weight {@code 0.5 − axes}, so with a CPPN output
 * function that is positive exactly for positive input (bipolar sigmoid, tanh, step) an initial CPPN
 * expresses a connection when the Gaussians sum to more than {@code axes − 0.5}: in 2-D, when
 * {@code |Δx| < √ln 2 ≈ 0.83}. The seed's node ids follow the outputs (I+O+1, ...), its links come after
 * the fully connected ones in innovation order, and {@link #newTracker()} knows both, so they are the same
 * in every run; evolution then changes the seed like any other structure.
 */
public final class CppnGenomes implements InitialGenomeSource {

    /**
     * The activation functions CPPN hidden nodes commonly choose from (Stanley 2007: sigmoid, Gaussian,
     * sine, absolute value, linear), for {@link GenomeParameters#activationChoices()} of CPPN runs.
     */
    public static final List<String> ACTIVATION_CHOICES = List.of(Activation.BIPOLAR_SIGMOID.id(),
            Activation.GAUSSIAN.id(), Activation.SINE.id(), Activation.ABS.id(), Activation.IDENTITY.id());

    private final CppnLayout layout;
    private final GenomeParameters parameters;
    private final ActivationFunction outputActivation;
    private final boolean seeded;
    private final int inputs;
    private final int outputs;
    private final int seedAxes;

    /**
     * @param layout           the CPPN's inputs and outputs
     * @param parameters       initial weights and connectivity (as for NEAT genomes)
     * @param outputActivation the activation of every CPPN output node
     * @param localitySeed     whether to add the locality seed; needs a link expression output
     * @throws IllegalArgumentException if the seed is asked for without a link expression output
     */
    public CppnGenomes(CppnLayout layout, GenomeParameters parameters, ActivationFunction outputActivation,
            boolean localitySeed) {
        if (localitySeed && !layout.linkExpression()) {
            throw new IllegalArgumentException("the locality seed feeds the link expression output; the layout has none");
        }
        this.layout = layout;
        this.parameters = parameters;
        this.outputActivation = outputActivation;
        this.seeded = localitySeed;
        this.inputs = layout.cppnInputs();
        this.outputs = layout.cppnOutputs();
        this.seedAxes = localitySeed ? layout.dimensions() - 1 : 0;
    }

    /** {@code base} with the CPPN function set {@link #ACTIVATION_CHOICES} and bipolar-sigmoid hidden nodes. */
    public static GenomeParameters cppnGenomeParameters(GenomeParameters base) {
        return new GenomeParameters(Activation.BIPOLAR_SIGMOID.id(), base.outputActivation(), ACTIVATION_CHOICES,
                false, base.initialWeightStdDev(), base.weightLimit(), base.initialConnectivity(), base.uniformWeights());
    }

    /** The layout the genomes are made for. */
    public CppnLayout layout() {
        return layout;
    }

    /** The node id of the seed's Gaussian for axis {@code k} of the seeded axes (x, then y). */
    public int seedNodeId(int k) {
        return inputs + 1 + outputs + k;
    }

    /** Number of hidden nodes in each initial genome: the seed's Gaussians, or none. */
    public int seedNodes() {
        return seedAxes;
    }

    @Override
    public InnovationTracker newTracker() {
        InnovationTracker tracker = new InnovationTracker(inputs + 1 + outputs + seedAxes);
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i <= inputs; i++) {
                tracker.connectionInnovation(i, inputs + 1 + o);
            }
        }
        for (int k = 0; k < seedAxes; k++) {
            seedLinks(tracker, k, null);
        }
        return tracker;
    }

    @Override
    public Genome create(RandomGenerator random, Innovations tracker) {
        GenomeBuilder builder = new GenomeBuilder(inputs + 1 + outputs + seedAxes, (inputs + 1) * outputs + 3 * seedAxes);
        for (int i = 0; i < inputs; i++) {
            builder.node(i, NodeKind.INPUT, Activation.IDENTITY, 0.0);
        }
        builder.node(inputs, NodeKind.BIAS, Activation.IDENTITY, 0.0);
        for (int o = 0; o < outputs; o++) {
            builder.node(inputs + 1 + o, NodeKind.OUTPUT, outputActivation, 0.0);
        }
        int leo = seeded ? layout.expressionIndex() : -1;
        for (int o = 0; o < outputs; o++) {
            int target = inputs + 1 + o;
            for (int i = 0; i <= inputs; i++) {
                if (o == leo) {
                    if (i == inputs) {
                        builder.connection(tracker.connectionInnovation(i, target), i, target, 0.5 - seedAxes, true);
                    }
                    continue;
                }
                if (parameters.initialConnectivity() < 1.0 && random.nextDouble() >= parameters.initialConnectivity()) {
                    continue;
                }
                builder.connection(tracker.connectionInnovation(i, target), i, target, parameters.randomWeight(random),
                        true);
            }
        }
        for (int k = 0; k < seedAxes; k++) {
            builder.node(seedNodeId(k), NodeKind.HIDDEN, Activation.GAUSSIAN, 0.0);
            seedLinks(tracker, k, builder);
        }
        return builder.build();
    }

    /** Registers (and with a builder, adds) the links of the seed's Gaussian for axis {@code k}. */
    private void seedLinks(Innovations tracker, int k, GenomeBuilder builder) {
        int node = seedNodeId(k);
        int leo = inputs + 1 + layout.expressionIndex();
        if (layout.deltas()) {
            link(tracker, builder, layout.deltaInput(k), node, 1.0);
        } else {
            link(tracker, builder, layout.sourceInput(k), node, -1.0);
            link(tracker, builder, layout.targetInput(k), node, 1.0);
        }
        link(tracker, builder, node, leo, 1.0);
    }

    private static void link(Innovations tracker, GenomeBuilder builder, int source, int target, double weight) {
        int innovation = tracker.connectionInnovation(source, target);
        if (builder != null) {
            builder.connection(innovation, source, target, weight, true);
        }
    }
}
