package org.neurula.neat.variation;

import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * Splits a random enabled connection a→b: the old gene is disabled, a new hidden node n is added,
 * a→n gets weight 1 and n→b the old weight (Stanley &amp; Miikkulainen 2002, figure 3). The same
 * split gets the same node id and innovations across the population via the innovation tracker.
 */
public final class AddNodeMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        ConnectionGenes genes = genome.connections();
        int enabledCount = genes.enabledCount();
        if (enabledCount == 0) {
            return genome;
        }
        int pick = context.random().nextInt(enabledCount);
        int split = -1;
        for (int c = 0; c < genes.size(); c++) {
            if (genes.enabled(c) && pick-- == 0) {
                split = c;
                break;
            }
        }
        NodeGenes nodes = genome.nodes();
        int source = genes.source(split);
        int target = genes.target(split);
        int newNode = context.tracker().splitNode(genes.innovation(split), nodes::contains);
        int inInnovation = context.tracker().connectionInnovation(source, newNode);
        int outInnovation = context.tracker().connectionInnovation(newNode, target);
        GenomeBuilder builder = new GenomeBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            builder.node(nodes, i);
        }
        builder.node(newNode, NodeKind.HIDDEN,
                context.activations().get(context.parameters().genome().hiddenActivation()), 0.0);
        for (int c = 0; c < genes.size(); c++) {
            builder.connection(genes, c, c != split && genes.enabled(c));
        }
        builder.connection(inInnovation, source, newNode, 1.0, true);
        builder.connection(outInnovation, newNode, target, genes.weight(split), true);
        return builder.build();
    }
}
