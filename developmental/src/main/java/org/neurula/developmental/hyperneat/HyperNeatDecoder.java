package org.neurula.developmental.hyperneat;

import java.util.List;
import org.neurula.developmental.cppn.Cppn;
import org.neurula.developmental.cppn.CppnGenomes;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.substrate.CandidateBlock;
import org.neurula.developmental.substrate.Substrate;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.PlasticityBlueprint;

/**
 * HyperNEAT's decoder (Stanley, D'Ambrosio &amp; Gauci 2009): compiles the genome once as a CPPN, queries it
 * for every candidate connection of the {@link Substrate} (source coordinates, target coordinates) and
 * expresses the connections its outputs select, with LEO (Verbancsics &amp; Stanley 2011) and adaptive
 * HyperNEAT's painted plasticity (Risi &amp; Stanley 2010) when enabled; the rules are those of
 * {@link HyperNeatParameters} and {@link AdaptiveParameters}.
 *
 * <p>The blueprint has the substrate's nodes in its order (inputs 0..I-1, bias I, outputs I+1..I+O,
 * hidden), node ids equal to those indices, and {@code positions} set to the substrate's coordinates.
 * Inputs and the bias have the identity function, outputs and hidden nodes the configured ones. Hidden
 * nodes whose modulatory output is positive are {@link NodeKind#MODULATORY}; node biases and the
 * modulatory flag come from one query per node with the node as source and the origin as target.
 *
 * <p>A genome is rejected, with a reason, when its CPPN cannot be compiled (wrong input or output count,
 * a cycle) or when no expressed connection reaches an output: the engine then gives it the task's null
 * fitness. Connections that lie on no input-to-output path are kept (pruning them is ES-HyperNEAT's
 * business).
 *
 * <p>Immutable and thread-safe: each decoding compiles its own CPPN and buffers; a query allocates nothing.
 *
 * <pre>{@code
 * HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(4, 2), HyperNeatParameters.defaults());
 * CppnLayout layout = decoder.layout();
 * Engine engine = Engine.builder(layout.cppnInputs(), layout.cppnOutputs(), evaluators)
 *         .decoder(decoder)
 *         .initialGenomes(decoder.initialGenomes(neat.genome()))
 *         .build();
 * }</pre>
 */
public final class HyperNeatDecoder implements GenomeDecoder {

    /** Targets of one source queried together ({@link Cppn#queryRow}). */
    private static final int ROW = 128;

    private final Substrate substrate;
    private final HyperNeatParameters parameters;
    private final CppnLayout layout;
    private final ActivationFunction hiddenActivation;
    private final ActivationFunction outputActivation;
    private final ActivationFunction cppnOutputActivation;
    private final List<CandidateBlock> blocks;
    private final long candidates;
    private final double[] coordinates;

    /**
     * A decoder for {@code substrate}.
     *
     * @param activations where the activation ids of {@code parameters} are looked up
     * @throws IllegalArgumentException listing every problem of {@code parameters} (paths relative to the
     *                                  HyperNEAT section), or naming an unknown activation
     */
    public HyperNeatDecoder(Substrate substrate, HyperNeatParameters parameters, ActivationRegistry activations) {
        ParameterProblems problems = new ParameterProblems();
        parameters.check(problems, "", substrate.dimensions());
        problems.throwIfAny("invalid HyperNEAT parameters:");
        this.substrate = substrate;
        this.parameters = parameters;
        this.layout = parameters.cppnLayout(substrate.dimensions());
        this.hiddenActivation = GrownNodes.lookUp(activations, parameters.hiddenActivation(), "hiddenActivation");
        this.outputActivation = GrownNodes.lookUp(activations, parameters.outputActivation(), "outputActivation");
        this.cppnOutputActivation = GrownNodes.lookUp(activations, parameters.cppn().outputActivation(), "cppn.outputActivation");
        this.blocks = List.copyOf(substrate.candidates(!parameters.biasOutput()));
        this.candidates = substrate.candidateCount(!parameters.biasOutput());
        this.coordinates = substrate.coordinates();
    }

    /**
     * A decoder for the substrate of {@code geometry} and {@code parameters.substrate()}, with the built-in
     * activation functions.
     */
    public static HyperNeatDecoder of(Geometry geometry, HyperNeatParameters parameters) {
        if (parameters.substrate() == null) {
            throw new IllegalArgumentException("invalid HyperNEAT parameters:\n  substrate: must be given");
        }
        return new HyperNeatDecoder(Substrate.of(geometry, parameters.substrate()), parameters,
                ActivationRegistry.withBuiltIns());
    }

    /** The CPPN's inputs and outputs: what the engine's genomes must have. */
    public CppnLayout layout() {
        return layout;
    }

    /** The substrate. */
    public Substrate substrate() {
        return substrate;
    }

    /** The settings. */
    public HyperNeatParameters parameters() {
        return parameters;
    }

    /** Number of candidate connections queried per decoding. */
    public long candidateCount() {
        return candidates;
    }

    /**
     * The initial CPPN genomes that fit this decoder, for {@code EngineBuilder.initialGenomes}: the layout's
     * inputs and outputs, outputs with {@code cppn.outputActivation}, and the locality seed when
     * {@code localitySeed} is on.
     *
     * @param genome initial weights and connectivity
     */
    public CppnGenomes initialGenomes(GenomeParameters genome) {
        return new CppnGenomes(layout, genome, cppnOutputActivation, parameters.localitySeed());
    }

    /**
     * The connectivity pattern {@code genome}'s CPPN paints under this decoder's expression rule.
     *
     * @throws IllegalArgumentException if the genome is not a CPPN of this decoder's layout
     */
    public CppnPattern pattern(Genome genome) {
        return new CppnPattern(Cppn.compile(genome, layout), ExpressionRule.of(parameters, layout));
    }

    @Override
    public DecodeResult decode(Genome genome) {
        Cppn cppn;
        try {
            cppn = Cppn.compile(genome, layout);
        } catch (IllegalArgumentException e) {
            return new DecodeResult.Rejected(e.getMessage());
        }
        final int d = substrate.dimensions();
        final int n = substrate.nodeCount();
        final double[] c = coordinates;
        final double[] out = new double[layout.cppnOutputs()];

        GrownNodes nodes = GrownNodes.of(n, substrate.biasIndex(), substrate.firstHidden(), outputActivation,
                hiddenActivation);
        nodes.paint(cppn, layout, c, substrate.biasIndex(), substrate.firstHidden(), parameters.maxBias(), out);

        boolean plastic = layout.plasticity();
        ConnectionBuffer expressed = new ConnectionBuffer(plastic);
        final ExpressionRule rule = ExpressionRule.of(parameters, layout);
        final int plasticity = layout.plasticityIndex();
        final AdaptiveParameters adaptive = parameters.adaptive();
        final int firstHidden = substrate.firstHidden();
        int reachingOutputs = 0;
        final int outputs = layout.cppnOutputs();
        final double[] row = new double[ROW * outputs];
        for (CandidateBlock block : blocks) {
            for (int s = block.sourceStart(); s < block.sourceEnd(); s++) {
                for (int t0 = block.targetStart(); t0 < block.targetEnd(); t0 += ROW) {
                    int m = Math.min(ROW, block.targetEnd() - t0);
                    cppn.queryRow(c, s * d, c, t0 * d, m, row);
                    for (int j = 0; j < m; j++) {
                        int at = j * outputs;
                        double weight = rule.weight(row, at);
                        if (weight != weight) {
                            continue;
                        }
                        int t = t0 + j;
                        int k = expressed.add(s, t, weight);
                        if (t < firstHidden) {
                            reachingOutputs++;
                        }
                        if (plastic) {
                            adaptive.paint(row, at + plasticity, expressed.parameters(), expressed.parameterOffset(k));
                        }
                    }
                }
            }
        }
        if (reachingOutputs == 0) {
            return new DecodeResult.Rejected("no expressed substrate connection reaches an output ("
                    + expressed.size() + " of " + candidates + " candidates expressed)");
        }
        PlasticityBlueprint plasticityBlueprint = plastic
                ? new PlasticityBlueprint(parameters.adaptive().rule(), expressed.plasticity()) : null;
        return new DecodeResult.Decoded(new NetworkBlueprint(nodes.ids(), nodes.kinds(), nodes.activations(), nodes.biases(), expressed.sources(),
                expressed.targets(), expressed.weights(), substrate.recurrent(), plasticityBlueprint,
                substrate.positions()));
    }

}
