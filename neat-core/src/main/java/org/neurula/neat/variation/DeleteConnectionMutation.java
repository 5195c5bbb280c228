package org.neurula.neat.variation;

import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;

/** Removes one random connection gene; its nodes stay. */
public final class DeleteConnectionMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        ConnectionGenes genes = genome.connections();
        if (genes.size() == 0) {
            return genome;
        }
        int victim = context.random().nextInt(genes.size());
        NodeGenes nodes = genome.nodes();
        GenomeBuilder builder = new GenomeBuilder().sharedGenesOf(genome);
        for (int i = 0; i < nodes.size(); i++) {
            builder.node(nodes, i);
        }
        for (int c = 0; c < genes.size(); c++) {
            if (c != victim) {
                builder.connection(genes, c, genes.enabled(c));
            }
        }
        return builder.build();
    }
}
