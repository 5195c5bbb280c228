package org.neurula.neat.variation;

import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;

/**
 * Adds a connection with a random weight between two unconnected nodes. Tries up to
 * {@code mutation.addConnectionAttempts} random pairs; the target is never an input or the bias. In
 * feed-forward runs, pairs that would close a cycle (through any gene, enabled or not) and
 * self-loops are refused; in recurrent runs both are allowed.
 */
public final class AddConnectionMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        NodeGenes nodes = genome.nodes();
        ConnectionGenes genes = genome.connections();
        boolean recurrent = context.parameters().genome().recurrent();
        int n = nodes.size();
        int attempts = context.parameters().mutation().addConnectionAttempts();
        AcyclicGraph graph = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            int s = context.random().nextInt(n);
            int t = context.random().nextInt(n);
            if (nodes.kind(t).isSource()) {
                continue;
            }
            int source = nodes.id(s);
            int target = nodes.id(t);
            if (genes.find(source, target) >= 0) {
                continue;
            }
            if (!recurrent) {
                if (source == target) {
                    continue;
                }
                if (graph == null) {
                    graph = AcyclicGraph.of(genes);
                }
                if (graph.wouldCloseCycle(source, target)) {
                    continue;
                }
            }
            GenomeBuilder builder = new GenomeBuilder(n, genes.size() + 1);
            for (int i = 0; i < n; i++) {
                builder.node(nodes, i);
            }
            for (int c = 0; c < genes.size(); c++) {
                builder.connection(genes, c, genes.enabled(c));
            }
            builder.sharedGenesOf(genome);
            builder.connection(context.tracker().connectionInnovation(source, target), source, target,
                    context.randomWeight(), true, genes.hasPlasticity() || genes.size() == 0
                            ? context.randomConnectionPlasticity() : null);
            return builder.build();
        }
        return genome;
    }
}
