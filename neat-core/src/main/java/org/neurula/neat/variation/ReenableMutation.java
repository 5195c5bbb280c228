package org.neurula.neat.variation;

import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/** Enables one random disabled connection gene, if there is one. */
public final class ReenableMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        ConnectionGenes genes = genome.connections();
        int disabled = genes.size() - genes.enabledCount();
        if (disabled == 0) {
            return genome;
        }
        int pick = context.random().nextInt(disabled);
        boolean[] enabled = genes.enabledFlags();
        for (int c = 0; c < enabled.length; c++) {
            if (!enabled[c] && pick-- == 0) {
                enabled[c] = true;
                break;
            }
        }
        return genome.withConnections(genes.withEnabled(enabled));
    }
}
