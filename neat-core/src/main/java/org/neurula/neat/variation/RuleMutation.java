package org.neurula.neat.variation;

import java.util.List;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * Switches a plastic genome to another of the run's allowed learning rules, chosen uniformly; a
 * genome stays as it is when only one rule is allowed or it is static.
 */
public final class RuleMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        List<PlasticityRule> rules = context.parameters().plasticity().rules();
        if (!genome.isPlastic() || rules.size() < 2) {
            return genome;
        }
        PlasticityRule current = genome.plasticity().rule();
        List<PlasticityRule> others = rules.stream().filter(r -> r != current).distinct().toList();
        if (others.isEmpty()) {
            return genome;
        }
        PlasticityRule next = others.get(context.random().nextInt(others.size()));
        return genome.withPlasticity(genome.plasticity().withRule(next));
    }
}
