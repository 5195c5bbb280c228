package org.neurula.neat.network;

import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * The plasticity part of a {@link NetworkBlueprint}: the network's learning rule and, per blueprint
 * connection, its learning rate and rule coefficients. The array is owned by the blueprint once passed in.
 *
 * @param rule       the learning rule
 * @param parameters per connection, {@link PlasticityGenes#PARAMETERS} values: η, A, B, C, D
 */
public record PlasticityBlueprint(PlasticityRule rule, double[] parameters) {

    /** Requires a rule and a whole number of parameter sets. */
    public PlasticityBlueprint {
        if (rule == null) {
            throw new IllegalArgumentException("a plastic blueprint needs a rule");
        }
        if (parameters.length % PlasticityGenes.PARAMETERS != 0) {
            throw new IllegalArgumentException("plasticity parameters come in sets of " + PlasticityGenes.PARAMETERS);
        }
    }

    /** Parameter {@code k} (0 η, 1 A, 2 B, 3 C, 4 D) of blueprint connection {@code connection}. */
    public double parameter(int connection, int k) {
        return parameters[connection * PlasticityGenes.PARAMETERS + k];
    }
}
