package org.neurula.neat.config;

import java.util.List;
import org.neurula.neat.plasticity.GeneScope;
import org.neurula.neat.plasticity.Normalization;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * Lifetime plasticity: whether networks change their weights while they are evaluated, by which
 * rules, and how the rule parameters evolve. Off by default: networks are then static and pay nothing.
 *
 * @param enabled               whether genomes carry plasticity genes and networks learn
 * @param rules                 the rules evolution may choose among; an initial genome draws one at
 *                              random and a rule mutation switches to another
 * @param genes                 {@code CONNECTION}: every connection evolves its own η, A, B, C, D;
 *                              {@code NETWORK}: one set for the whole network
 * @param modulation            whether plasticity is gated by neuromodulation (Soltoggio et al. 2008):
 *                              the weights into a node change by tanh(m/2)·Δw, where m sums the
 *                              node's modulatory inputs and the task's modulation signal; with m = 0
 *                              they do not change
 * @param modulatoryNode        probability that a node added by mutation is modulatory (its outgoing
 *                              connections gate plasticity instead of carrying activity); needs
 *                              {@code modulation}
 * @param etaLimit              learning rates are drawn from and kept in [−etaLimit, etaLimit]
 * @param coefficientLimit      A, B, C and D are drawn from and kept in [−limit, limit]
 * @param parameterMutation     probability that an offspring's plasticity parameters are perturbed
 *                              (like weights, only when it had no structural mutation)
 * @param parameterPerturbation standard deviation of a perturbation, as a fraction of the limit
 * @param ruleMutation          probability that an offspring switches to another of the {@code rules}
 * @param weightBound           plastic weights are clipped to [−weightBound, weightBound]
 * @param normalization         rescaling of incoming weights after each step: {@code NONE},
 *                              {@code NEURON_L2} or {@code LAYER_MAX_ABS}
 * @param timeConstant          τ, in steps, of the BCM threshold and the covariance rule's running means
 * @param traceDecay            λ of the temporal rule's activity traces, in [0, 1)
 * @param distanceCoefficient   weight in the compatibility distance of the mean absolute difference
 *                              of matching plasticity parameters, and of a different rule
 * @param blocked               evaluate plastic genomes with plasticity blocked (η = 0, modulatory
 *                              connections silent): the static network the genome's weights make
 */
public record PlasticityParameters(
        boolean enabled,
        List<PlasticityRule> rules,
        GeneScope genes,
        boolean modulation,
        double modulatoryNode,
        double etaLimit,
        double coefficientLimit,
        double parameterMutation,
        double parameterPerturbation,
        double ruleMutation,
        double weightBound,
        Normalization normalization,
        double timeConstant,
        double traceDecay,
        double distanceCoefficient,
        boolean blocked) {

    /** Copies the rule list. */
    public PlasticityParameters {
        rules = rules == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rules));
    }

    /** Off; when switched on: the ABCD rule per connection, unmodulated. */
    public static PlasticityParameters defaults() {
        return new PlasticityParameters(false, List.of(PlasticityRule.ABCD), GeneScope.CONNECTION, false, 0.0, 1.0,
                1.0, 0.8, 0.1, 0.0, 10.0, Normalization.NONE, 10.0, 0.8, 0.4, false);
    }

    /** Whether networks are compiled with plasticity: enabled and not blocked. */
    public boolean active() {
        return enabled && !blocked;
    }

    /** The same parameters, with plasticity on or off. */
    public PlasticityParameters withEnabled(boolean on) {
        return new PlasticityParameters(on, rules, genes, modulation, modulatoryNode, etaLimit, coefficientLimit,
                parameterMutation, parameterPerturbation, ruleMutation, weightBound, normalization, timeConstant,
                traceDecay, distanceCoefficient, blocked);
    }

    /** The same parameters, with plasticity blocked or not. */
    public PlasticityParameters withBlocked(boolean block) {
        return new PlasticityParameters(enabled, rules, genes, modulation, modulatoryNode, etaLimit, coefficientLimit,
                parameterMutation, parameterPerturbation, ruleMutation, weightBound, normalization, timeConstant,
                traceDecay, distanceCoefficient, block);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(rules != null && !rules.isEmpty(), prefix + ".rules",
                "must list at least one rule; known: hebb, abcd, oja, bcm, covariance, temporal");
        if (rules != null) {
            problems.require(rules.stream().noneMatch(java.util.Objects::isNull), prefix + ".rules",
                    "must not contain null; known: hebb, abcd, oja, bcm, covariance, temporal");
        }
        problems.require(genes != null, prefix + ".genes", "must be connection or network");
        problems.require(normalization != null, prefix + ".normalization",
                "must be none, neuron_l2 or layer_max_abs");
        problems.probability(modulatoryNode, prefix + ".modulatoryNode");
        problems.require(modulatoryNode == 0 || modulation, prefix + ".modulatoryNode",
                "modulatory nodes need modulation: set " + prefix + ".modulation: true or modulatoryNode: 0");
        problems.positive(etaLimit, prefix + ".etaLimit");
        problems.positive(coefficientLimit, prefix + ".coefficientLimit");
        problems.probability(parameterMutation, prefix + ".parameterMutation");
        problems.positive(parameterPerturbation, prefix + ".parameterPerturbation");
        problems.probability(ruleMutation, prefix + ".ruleMutation");
        problems.positive(weightBound, prefix + ".weightBound");
        problems.require(timeConstant >= 1, prefix + ".timeConstant", "must be at least 1 step, was " + timeConstant);
        problems.require(traceDecay >= 0 && traceDecay < 1, prefix + ".traceDecay",
                "must be in [0, 1), was " + traceDecay);
        problems.nonNegative(distanceCoefficient, prefix + ".distanceCoefficient");
    }
}
