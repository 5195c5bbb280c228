package org.neurula.neat.variation;

import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/** Flips the enabled flag of one random connection gene. */
public final class ToggleEnableMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        ConnectionGenes genes = genome.connections();
        if (genes.size() == 0) {
            return genome;
        }
        boolean[] enabled = genes.enabledFlags();
        int c = context.random().nextInt(enabled.length);
        enabled[c] = !enabled[c];
        return genome.withConnections(genes.withEnabled(enabled));
    }
}
