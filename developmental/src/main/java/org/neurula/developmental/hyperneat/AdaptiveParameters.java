package org.neurula.developmental.hyperneat;

import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * Adaptive HyperNEAT (Risi &amp; Stanley 2010, "Indirectly encoding neural plasticity as a pattern of
 * local rules"): the CPPN paints, next to each expressed connection's weight, its learning rule
 * parameters η, A, B, C, D, queried with the same source and target coordinates. Each CPPN output in
 * [-1, 1] is scaled linearly, η into [−etaLimit, etaLimit] and A..D into [−coefficientLimit,
 * coefficientLimit] (outputs beyond ±1, possible with an unbounded output function, are clipped first).
 * The limits default to those of directly encoded plasticity genes, {@code plasticity.etaLimit} and
 * {@code plasticity.coefficientLimit} (1 and 1), so both encodings explore the same parameter ranges.
 * The blueprint then carries a {@code PlasticityBlueprint} and the compiled network learns as a directly
 * encoded plastic one does (the run's {@code plasticity} section must be enabled for networks to learn).
 *
 * @param enabled          whether the CPPN paints plasticity (default false)
 * @param rule             the learning rule of every substrate connection (default {@code ABCD})
 * @param etaLimit         η lies in [−etaLimit, etaLimit] (default 1)
 * @param coefficientLimit A, B, C and D lie in [−coefficientLimit, coefficientLimit] (default 1)
 * @param modulatoryOutput whether one more CPPN output, queried per hidden node, makes the node
 *                         modulatory when positive (Soltoggio et al. 2008; needs
 *                         {@code plasticity.modulation} to gate learning; default false)
 */
public record AdaptiveParameters(boolean enabled, PlasticityRule rule, double etaLimit, double coefficientLimit,
        boolean modulatoryOutput) {

    /** Off; when on: the ABCD rule, η and coefficients in [-1, 1], no modulatory nodes. */
    public static AdaptiveParameters defaults() {
        return new AdaptiveParameters(false, PlasticityRule.ABCD, 1.0, 1.0, false);
    }

    /** The same settings, on or off. */
    public AdaptiveParameters withEnabled(boolean on) {
        return new AdaptiveParameters(on, rule, etaLimit, coefficientLimit, modulatoryOutput);
    }

    /**
     * Writes one connection's η, A, B, C, D from the CPPN's plasticity outputs {@code out[from ..
     * from+4]} into {@code parameters[offset .. offset+4]}: each clipped to [-1, 1], η scaled by
     * {@code etaLimit}, the coefficients by {@code coefficientLimit}.
     */
    public void paint(double[] out, int from, double[] parameters, int offset) {
        parameters[offset] = ExpressionRule.clip(out[from]) * etaLimit;
        for (int j = 1; j < CppnLayout.PLASTICITY_OUTPUTS; j++) {
            parameters[offset + j] = ExpressionRule.clip(out[from + j]) * coefficientLimit;
        }
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(rule != null, prefix + ".rule", "must be one of hebb, abcd, oja, bcm, covariance, temporal");
        problems.positive(etaLimit, prefix + ".etaLimit");
        problems.positive(coefficientLimit, prefix + ".coefficientLimit");
        problems.require(!modulatoryOutput || enabled, prefix + ".modulatoryOutput",
                "modulatory nodes gate plasticity: set " + prefix + ".enabled: true or modulatoryOutput: false");
    }
}
