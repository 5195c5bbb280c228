package org.neurula.neat.variation;

import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * Splits an enabled connection a→b: the old gene is disabled, a new hidden node n is added, a→n gets
 * weight 1 and n→b the old weight (Stanley &amp; Miikkulainen 2002, figure 3). The same split gets the
 * same node id and innovations across the population via the innovation tracker.
 *
 * <p>Which connection is split follows Stanley's NEAT implementation: connections leaving the bias
 * node are never split (a node on the bias link only adds a constant), and in genomes with fewer
 * than {@value #SMALL_GENOME} connection genes older genes are preferred (walking the genes in
 * innovation order, each is taken with probability 0.3), which avoids growing chains of nodes on
 * the newest link. Larger genomes split a uniformly chosen eligible connection.
 *
 * <p>In runs with modulated plasticity the new node is {@linkplain NodeKind#MODULATORY modulatory}
 * with probability {@code plasticity.modulatoryNode}; then the split connection stays enabled, since
 * the new node's outgoing link carries modulation, not the old signal. Both new connections inherit
 * the split connection's plasticity parameters.
 */
public final class AddNodeMutation implements Mutation {

    /** Genomes with fewer connection genes than this prefer splitting older genes. */
    public static final int SMALL_GENOME = 15;

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        ConnectionGenes genes = genome.connections();
        NodeGenes nodes = genome.nodes();
        int split = chooseSplit(genes, nodes, context.random());
        if (split < 0) {
            return genome;
        }
        int source = genes.source(split);
        int target = genes.target(split);
        int newNode = context.tracker().splitNode(genes.innovation(split), nodes::contains);
        int inInnovation = context.tracker().connectionInnovation(source, newNode);
        int outInnovation = context.tracker().connectionInnovation(newNode, target);
        PlasticityParameters plasticity = context.parameters().plasticity();
        boolean modulatory = plasticity.enabled() && plasticity.modulation() && plasticity.modulatoryNode() > 0
                && context.random().nextDouble() < plasticity.modulatoryNode();
        GenomeBuilder builder = new GenomeBuilder().plasticity(genome.plasticity());
        for (int i = 0; i < nodes.size(); i++) {
            builder.node(nodes, i);
        }
        builder.node(newNode, modulatory ? NodeKind.MODULATORY : NodeKind.HIDDEN,
                context.activations().get(context.parameters().genome().hiddenActivation()), 0.0);
        for (int c = 0; c < genes.size(); c++) {
            builder.connection(genes, c, (c != split || modulatory) && genes.enabled(c));
        }
        double[] inherited = genes.plasticityOf(split);
        builder.connection(inInnovation, source, newNode, 1.0, true, inherited);
        builder.connection(outInnovation, newNode, target, genes.weight(split), true, inherited);
        return builder.build();
    }

    private static int chooseSplit(ConnectionGenes genes, NodeGenes nodes, java.util.random.RandomGenerator random) {
        if (genes.size() < SMALL_GENOME) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int c = 0;
                while (c < genes.size() && random.nextDouble() >= 0.3) {
                    c++;
                }
                if (c < genes.size() && splittable(genes, nodes, c)) {
                    return c;
                }
            }
            return -1;
        }
        int eligible = 0;
        for (int c = 0; c < genes.size(); c++) {
            if (splittable(genes, nodes, c)) {
                eligible++;
            }
        }
        if (eligible == 0) {
            return -1;
        }
        int pick = random.nextInt(eligible);
        for (int c = 0; c < genes.size(); c++) {
            if (splittable(genes, nodes, c) && pick-- == 0) {
                return c;
            }
        }
        return -1;
    }

    private static boolean splittable(ConnectionGenes genes, NodeGenes nodes, int c) {
        return genes.enabled(c) && nodes.kind(nodes.indexOf(genes.source(c))) != NodeKind.BIAS;
    }
}
