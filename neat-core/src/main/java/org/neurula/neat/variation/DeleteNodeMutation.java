package org.neurula.neat.variation;

import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/** Removes one random hidden node together with every connection gene touching it. */
public final class DeleteNodeMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        NodeGenes nodes = genome.nodes();
        int hidden = nodes.count(NodeKind.HIDDEN);
        if (hidden == 0) {
            return genome;
        }
        int victimIndex = nodes.indexOfKind(NodeKind.HIDDEN, context.random().nextInt(hidden));
        int victim = nodes.id(victimIndex);
        GenomeBuilder builder = new GenomeBuilder().sharedGenesOf(genome);
        for (int i = 0; i < nodes.size(); i++) {
            if (i != victimIndex) {
                builder.node(nodes, i);
            }
        }
        ConnectionGenes genes = genome.connections();
        for (int c = 0; c < genes.size(); c++) {
            if (genes.source(c) != victim && genes.target(c) != victim) {
                builder.connection(genes, c, genes.enabled(c));
            }
        }
        return builder.build();
    }
}
