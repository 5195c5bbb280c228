package org.neurula.developmental.es;

import org.neurula.developmental.cppn.Cppn;
import org.neurula.developmental.cppn.CppnGenomes;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.hyperneat.CppnPattern;
import org.neurula.developmental.hyperneat.ExpressionRule;
import org.neurula.developmental.hyperneat.GrownNodes;
import org.neurula.developmental.hyperneat.HyperNeatParameters;
import org.neurula.developmental.substrate.Substrate;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.PlasticityBlueprint;

/**
 * ES-HyperNEAT's decoder (Risi &amp; Stanley 2012): the CPPN's weight pattern decides where hidden nodes
 * go and how they connect ({@link HiddenNodeSearch}), between the task's input and output nodes on a
 * 2-D substrate. Everything else is as in HyperNEAT's decoder, with the same settings
 * ({@link HyperNeatParameters}): the CPPN's inputs and output function, expressed weights scaled into
 * [-maxWeight, maxWeight], node biases and modulatory hidden nodes from per-node queries, a link
 * expression output that vetoes connections, adaptive HyperNEAT's painted plasticity, and the
 * substrate's connectivity ({@code RECURRENT} keeps hidden cycles). The substrate must not list hidden
 * layers: the search places the hidden nodes. Without a bias output, the bias node takes part in the
 * search as one more input.
 *
 * <p>The blueprint has the nodes inputs 0..I-1, bias I, outputs I+1..I+O, then the hidden nodes in the
 * order they were discovered, node ids equal to those indices and positions set. A genome whose CPPN
 * does not compile, or whose search connects no input to an output, is rejected with the reason.
 * Immutable and thread-safe: each decoding compiles its own CPPN.
 */
public final class EsHyperNeatDecoder implements GenomeDecoder {

    private final Substrate substrate;
    private final HyperNeatParameters parameters;
    private final HiddenNodeSearch search;
    private final CppnLayout layout;
    private final ActivationFunction hiddenActivation;
    private final ActivationFunction outputActivation;
    private final ActivationFunction cppnOutputActivation;
    private final Positions searchInputs;
    private final Positions searchOutputs;

    /**
     * A decoder between the input and output nodes of {@code substrate}.
     *
     * @throws IllegalArgumentException listing what is wrong: parameters out of range, a 3-D substrate,
     *                                  hidden layers, an unknown activation
     */
    public EsHyperNeatDecoder(Substrate substrate, HyperNeatParameters parameters, EsHyperNeatParameters es,
            ActivationRegistry activations) {
        ParameterProblems problems = new ParameterProblems();
        parameters.check(problems, "hyperneat", substrate.dimensions());
        es.check(problems, "esHyperneat");
        problems.require(substrate.dimensions() == 2, "hyperneat.substrate",
                "ES-HyperNEAT searches a 2-D substrate (a quadtree); the task's geometry is "
                        + substrate.dimensions() + "-D: use encoding type hyperneat");
        problems.require(substrate.hiddenCount() == 0, "hyperneat.substrate.hidden",
                "ES-HyperNEAT places the hidden nodes itself; remove the hidden layers");
        problems.throwIfAny("invalid ES-HyperNEAT settings:");
        this.substrate = substrate;
        this.parameters = parameters;
        this.search = new HiddenNodeSearch(es, parameters.maxWeight(), substrate.recurrent());
        this.layout = parameters.cppnLayout(2);
        this.hiddenActivation = GrownNodes.lookUp(activations, parameters.hiddenActivation(), "hiddenActivation");
        this.outputActivation = GrownNodes.lookUp(activations, parameters.outputActivation(), "outputActivation");
        this.cppnOutputActivation = GrownNodes.lookUp(activations, parameters.cppn().outputActivation(),
                "cppn.outputActivation");
        int sources = substrate.inputCount() + (parameters.biasOutput() ? 0 : 1);
        double[] in = new double[2 * sources];
        for (int i = 0; i < sources; i++) {
            in[2 * i] = substrate.coordinate(i, 0);
            in[2 * i + 1] = substrate.coordinate(i, 1);
        }
        double[] out = new double[2 * substrate.outputCount()];
        for (int o = 0; o < substrate.outputCount(); o++) {
            out[2 * o] = substrate.coordinate(substrate.firstOutput() + o, 0);
            out[2 * o + 1] = substrate.coordinate(substrate.firstOutput() + o, 1);
        }
        this.searchInputs = Positions.of(2, in);
        this.searchOutputs = Positions.of(2, out);
    }

    /** A decoder for the substrate of {@code geometry} and {@code parameters.substrate()}, built-in activations. */
    public static EsHyperNeatDecoder of(Geometry geometry, HyperNeatParameters parameters, EsHyperNeatParameters es) {
        return new EsHyperNeatDecoder(Substrate.of(geometry, parameters.substrate()), parameters, es,
                ActivationRegistry.withBuiltIns());
    }

    /** The CPPN's inputs and outputs: what the engine's genomes must have. */
    public CppnLayout layout() {
        return layout;
    }

    /** The initial CPPN genomes that fit this decoder (with the locality seed when it is on). */
    public CppnGenomes initialGenomes(GenomeParameters genome) {
        return new CppnGenomes(layout, genome, cppnOutputActivation, parameters.localitySeed());
    }

    /**
     * The connectivity pattern {@code genome}'s CPPN paints: weight output times maxWeight (ES-HyperNEAT's
     * bands, not a threshold, decide which connections exist), 0 where a link expression output vetoes.
     *
     * @throws IllegalArgumentException if the genome is not a CPPN of this decoder's layout
     */
    public CppnPattern pattern(Genome genome) {
        return new CppnPattern(Cppn.compile(genome, layout),
                new ExpressionRule(0.0, parameters.maxWeight(), layout.expressionIndex()));
    }

    @Override
    public DecodeResult decode(Genome genome) {
        Cppn cppn;
        try {
            cppn = Cppn.compile(genome, layout);
        } catch (IllegalArgumentException e) {
            return new DecodeResult.Rejected(e.getMessage());
        }
        CppnWeightPattern pattern = new CppnWeightPattern(cppn, layout.expressionIndex());
        DiscoveredNetwork found = search.search(pattern, searchInputs, searchOutputs);
        int inputs = substrate.inputCount();
        int searched = searchInputs.count();
        int outputs = substrate.outputCount();
        int firstOutput = substrate.firstOutput();
        int firstHidden = substrate.firstHidden();
        int hidden = found.hidden().count();
        int n = firstHidden + hidden;
        // search index → blueprint index
        int[] index = new int[found.nodeCount()];
        for (int v = 0; v < index.length; v++) {
            index[v] = v < inputs ? v : v < searched ? substrate.biasIndex()
                    : v < searched + outputs ? firstOutput + v - searched : firstHidden + v - searched - outputs;
        }
        int m = found.connectionCount();
        int[] sources = new int[m];
        int[] targets = new int[m];
        int reachingOutputs = 0;
        for (int c = 0; c < m; c++) {
            sources[c] = index[found.sources()[c]];
            targets[c] = index[found.targets()[c]];
            if (targets[c] >= firstOutput && targets[c] < firstHidden) {
                reachingOutputs++;
            }
        }
        if (reachingOutputs == 0) {
            return new DecodeResult.Rejected("ES-HyperNEAT found no path from an input to an output ("
                    + found.hidden().count() + " hidden nodes kept)");
        }
        double[] xy = new double[2 * n];
        for (int v = 0; v < firstHidden; v++) {
            xy[2 * v] = substrate.coordinate(v, 0);
            xy[2 * v + 1] = substrate.coordinate(v, 1);
        }
        for (int k = 0; k < hidden; k++) {
            xy[2 * (firstHidden + k)] = found.hidden().coordinate(k, 0);
            xy[2 * (firstHidden + k) + 1] = found.hidden().coordinate(k, 1);
        }
        GrownNodes nodes = GrownNodes.of(n, substrate.biasIndex(), firstHidden, outputActivation, hiddenActivation);
        double[] out = new double[layout.cppnOutputs()];
        nodes.paint(cppn, layout, xy, substrate.biasIndex(), firstHidden, parameters.maxBias(), out);
        PlasticityBlueprint plasticity = null;
        if (layout.plasticity()) {
            double[] p = new double[m * CppnLayout.PLASTICITY_OUTPUTS];
            int at = layout.plasticityIndex();
            for (int c = 0; c < m; c++) {
                cppn.query(xy, 2 * sources[c], xy, 2 * targets[c], out);
                parameters.adaptive().paint(out, at, p, c * CppnLayout.PLASTICITY_OUTPUTS);
            }
            plasticity = new PlasticityBlueprint(parameters.adaptive().rule(), p);
        }
        return new DecodeResult.Decoded(new NetworkBlueprint(nodes.ids(), nodes.kinds(), nodes.activations(),
                nodes.biases(), sources, targets,
                found.weights(), substrate.recurrent(), plasticity, Positions.of(2, xy)));
    }
}
