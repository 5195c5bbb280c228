package org.neurula.neat.plasticity;

import java.util.List;
import java.util.random.RandomGenerator;
import org.neurula.neat.config.PlasticityParameters;

/** Random plasticity genes within a run's limits: for initial genomes and new connection genes. */
public final class PlasticityDraws {

    private PlasticityDraws() {
    }

    /** η uniform in [−etaLimit, etaLimit], then A, B, C, D uniform in [−coefficientLimit, coefficientLimit]. */
    public static double[] parameters(PlasticityParameters p, RandomGenerator random) {
        double[] values = new double[PlasticityGenes.PARAMETERS];
        values[0] = random.nextDouble(-p.etaLimit(), p.etaLimit());
        for (int k = 1; k < values.length; k++) {
            values[k] = random.nextDouble(-p.coefficientLimit(), p.coefficientLimit());
        }
        return values;
    }

    /** Network-wide genes: a rule drawn from the allowed ones and random shared parameters. */
    public static PlasticityGenes genes(PlasticityParameters p, RandomGenerator random) {
        List<PlasticityRule> rules = p.rules();
        PlasticityRule rule = rules.get(random.nextInt(rules.size()));
        return new PlasticityGenes(rule, 0, 0, 0, 0, 0).withParameters(parameters(p, random));
    }

    /** The limit of parameter {@code k} (0 η, else a coefficient). */
    public static double limit(PlasticityParameters p, int k) {
        return k == 0 ? p.etaLimit() : p.coefficientLimit();
    }
}
