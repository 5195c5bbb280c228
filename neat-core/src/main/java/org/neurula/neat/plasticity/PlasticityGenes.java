package org.neurula.neat.plasticity;

/**
 * The network-wide plasticity genes of a genome: the rule it learns by and, when the parameters are
 * shared by the whole network, their values.
 *
 * @param rule the learning rule
 * @param eta  learning rate (used when the parameters are network-wide)
 * @param a    coefficient of pre·post in the ABCD rule
 * @param b    coefficient of pre
 * @param c    coefficient of post
 * @param d    constant term
 */
public record PlasticityGenes(PlasticityRule rule, double eta, double a, double b, double c, double d) {

    /** Number of evolved parameters per set (η, A, B, C, D). */
    public static final int PARAMETERS = 5;

    /** Requires a rule. */
    public PlasticityGenes {
        if (rule == null) {
            throw new IllegalArgumentException("plasticity genes need a rule");
        }
    }

    /** The parameters in the order η, A, B, C, D. */
    public double[] parameters() {
        return new double[] {eta, a, b, c, d};
    }

    /** The same rule with parameters {@code p} (η, A, B, C, D). */
    public PlasticityGenes withParameters(double[] p) {
        return new PlasticityGenes(rule, p[0], p[1], p[2], p[3], p[4]);
    }

    /** The same parameters with another rule. */
    public PlasticityGenes withRule(PlasticityRule newRule) {
        return new PlasticityGenes(newRule, eta, a, b, c, d);
    }
}
