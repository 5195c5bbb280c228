package org.neurula.developmental.hyperneat;

import java.util.List;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.substrate.SubstrateParameters;
import org.neurula.neat.config.ParameterProblems;

/**
 * HyperNEAT (Stanley, D'Ambrosio &amp; Gauci 2009): a CPPN genome queried for every candidate connection
 * of a substrate. Defaults, and where they come from:
 * <ul>
 *   <li>{@code weightThreshold} 0.2 and {@code maxWeight} 3.0: a connection is expressed when the CPPN's
 *       weight output w has |w| &gt; 0.2, with weight (|w| − 0.2)/(1 − 0.2)·3.0·sign(w). The paper expresses
 *       only outputs above a magnitude threshold and scales the rest into the weight range; 0.2 is the
 *       threshold of PyTorch-NEAT's HyperNEAT and adaptive networks and of PUREPLES, 3.0 PyTorch-NEAT's
 *       maximum weight (PUREPLES uses 5.0).</li>
 *   <li>{@code linkExpression} off: the paper's threshold decides expression. On, the LEO of Verbancsics
 *       &amp; Stanley (2011) decides (expressed when the LEO output is positive), the threshold is not used
 *       and the weight is w·maxWeight; {@code localitySeed} then starts every CPPN with their locality seed
 *       (see {@code CppnGenomes}).</li>
 *   <li>{@code biasOutput} on, {@code maxBias} 3.0: node biases come from a CPPN output b queried with
 *       the node as source and the origin as target, bias = b·maxBias (no threshold), the same scale as
 *       the weights; the bias node then has no connections. Off, node biases are 0 and the bias node is a
 *       candidate source like the inputs, at its position.</li>
 *   <li>{@code hiddenActivation} {@code bipolar-sigmoid}: HyperNEAT's symmetric substrate function, so
 *       negative activity passes on; {@code outputActivation} {@code steepened-sigmoid}: the direct
 *       encoding's default, so tasks read outputs in (0, 1) whatever the encoding.</li>
 * </ul>
 *
 * @param substrate        hidden layers and connectivity
 * @param cppn             the CPPN's extra inputs and output function
 * @param weightThreshold  without LEO, |w| must exceed it for a connection to be expressed, in [0, 1)
 * @param maxWeight        expressed weights lie in [−maxWeight, maxWeight]
 * @param linkExpression   whether a link expression output decides expression
 * @param localitySeed     whether initial CPPNs carry the locality seed; needs {@code linkExpression}
 * @param biasOutput       whether a CPPN output gives node biases
 * @param maxBias          biases lie in [−maxBias, maxBias]
 * @param hiddenActivation activation of hidden substrate nodes
 * @param outputActivation activation of output substrate nodes
 * @param adaptive         adaptive HyperNEAT: plasticity painted by the CPPN
 */
public record HyperNeatParameters(
        SubstrateParameters substrate,
        CppnParameters cppn,
        double weightThreshold,
        double maxWeight,
        boolean linkExpression,
        boolean localitySeed,
        boolean biasOutput,
        double maxBias,
        String hiddenActivation,
        String outputActivation,
        AdaptiveParameters adaptive) {

    /** The defaults listed above. */
    public static HyperNeatParameters defaults() {
        return new HyperNeatParameters(SubstrateParameters.defaults(), CppnParameters.defaults(), 0.2, 3.0, false,
                false, true, 3.0, "bipolar-sigmoid", "steepened-sigmoid", AdaptiveParameters.defaults());
    }

    /** The same parameters with another substrate. */
    public HyperNeatParameters withSubstrate(SubstrateParameters value) {
        return new HyperNeatParameters(value, cppn, weightThreshold, maxWeight, linkExpression, localitySeed, biasOutput,
                maxBias, hiddenActivation, outputActivation, adaptive);
    }

    /** The same parameters with other CPPN inputs and output function. */
    public HyperNeatParameters withCppn(CppnParameters value) {
        return new HyperNeatParameters(substrate, value, weightThreshold, maxWeight, linkExpression, localitySeed,
                biasOutput, maxBias, hiddenActivation, outputActivation, adaptive);
    }

    /** The same parameters with link expression and the locality seed on or off. */
    public HyperNeatParameters withLinkExpression(boolean leo, boolean seed) {
        return new HyperNeatParameters(substrate, cppn, weightThreshold, maxWeight, leo, seed, biasOutput, maxBias,
                hiddenActivation, outputActivation, adaptive);
    }

    /** The same parameters with the bias output on or off. */
    public HyperNeatParameters withBiasOutput(boolean on) {
        return new HyperNeatParameters(substrate, cppn, weightThreshold, maxWeight, linkExpression, localitySeed, on,
                maxBias, hiddenActivation, outputActivation, adaptive);
    }

    /** The same parameters with another threshold and maximum weight. */
    public HyperNeatParameters withWeights(double threshold, double max) {
        return new HyperNeatParameters(substrate, cppn, threshold, max, linkExpression, localitySeed, biasOutput,
                maxBias, hiddenActivation, outputActivation, adaptive);
    }

    /** The same parameters with other substrate activations. */
    public HyperNeatParameters withActivations(String hidden, String output) {
        return new HyperNeatParameters(substrate, cppn, weightThreshold, maxWeight, linkExpression, localitySeed,
                biasOutput, maxBias, hidden, output, adaptive);
    }

    /** The same parameters with other adaptive settings. */
    public HyperNeatParameters withAdaptive(AdaptiveParameters value) {
        return new HyperNeatParameters(substrate, cppn, weightThreshold, maxWeight, linkExpression, localitySeed,
                biasOutput, maxBias, hiddenActivation, outputActivation, value);
    }

    /** The CPPN inputs and outputs these settings need for a substrate of {@code dimensions}. */
    public CppnLayout cppnLayout(int dimensions) {
        return new CppnLayout(dimensions, cppn.deltas(), cppn.distance(), biasOutput, linkExpression,
                adaptive.enabled(), adaptive.enabled() && adaptive.modulatoryOutput());
    }

    /**
     * Every problem, with paths relative to this section (for example {@code substrate.hidden[0].columns},
     * {@code weightThreshold}), for a substrate of {@code dimensions}.
     */
    public List<ParameterProblems.Problem> problems(int dimensions) {
        ParameterProblems problems = new ParameterProblems();
        check(problems, "", dimensions);
        return problems.problems();
    }

    /** Adds this section's problems under {@code prefix} ("" for paths relative to the section). */
    public void check(ParameterProblems problems, String prefix, int dimensions) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        if (substrate == null) {
            problems.require(false, p + "substrate", "must be given (hidden, connectivity, inputToOutput)");
        } else {
            substrate.check(problems, p + "substrate", dimensions);
        }
        if (cppn == null) {
            problems.require(false, p + "cppn", "must be given (deltas, distance, outputActivation)");
        } else {
            cppn.check(problems, p + "cppn");
        }
        problems.require(weightThreshold >= 0 && weightThreshold < 1, p + "weightThreshold",
                "must be in [0, 1) (CPPN weight outputs lie in [-1, 1]), was " + weightThreshold);
        problems.positive(maxWeight, p + "maxWeight");
        problems.nonNegative(maxBias, p + "maxBias");
        problems.require(!localitySeed || linkExpression, p + "localitySeed",
                "the locality seed feeds the link expression output: set " + p + "linkExpression: true or "
                        + p + "localitySeed: false");
        problems.require(hiddenActivation != null && !hiddenActivation.isBlank(), p + "hiddenActivation",
                "must name an activation function, for example bipolar-sigmoid or tanh");
        problems.require(outputActivation != null && !outputActivation.isBlank(), p + "outputActivation",
                "must name an activation function, for example steepened-sigmoid or tanh");
        if (adaptive == null) {
            problems.require(false, p + "adaptive", "must be given (enabled, rule, etaLimit, coefficientLimit, "
                    + "modulatoryOutput)");
        } else {
            adaptive.check(problems, p + "adaptive");
        }
    }
}
