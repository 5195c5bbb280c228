package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.MutationParameters.SplitChoice;
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
 * <p>Only an enabled connection that does not leave the bias node is split (a node on the bias link
 * only adds a constant), as in the NEAT C++ release. Genomes with at least {@value #SMALL_GENOME}
 * connection genes split a uniformly chosen eligible connection. Smaller genomes prefer older genes,
 * which avoids growing chains of nodes on the newest link; how depends on {@code splitChoice}:
 * <ul>
 *   <li>{@code OLDER} (the default; this library's rule, not the release's): walk the genes in
 *       innovation order and stop at each with probability 0.3, so gene k is reached with probability
 *       0.3·0.7<sup>k</sup>; when the walk stops at an ineligible gene or runs off the end, start
 *       over, up to 20 walks, then give up. The oldest gene is thus split less than half of the time
 *       (46 % with three eligible genes, 31 % with ten).
 *   <li>{@code RELEASE} (the NEAT C++ release's mutate_add_node): skip the leading ineligible genes,
 *       then move on past each gene with probability 0.3 (and past every bias gene), so the oldest
 *       eligible gene is split with probability 0.7, the next with about 0.21; when the walk stops at
 *       a disabled gene or runs off the end, no node is added.
 * </ul>
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
        int split = chooseSplit(genes, nodes, context.random(), context.parameters().mutation().splitChoice());
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
        GenomeBuilder builder = new GenomeBuilder(nodes.size() + 1, genes.size() + 2).sharedGenesOf(genome);
        for (int i = 0; i < nodes.size(); i++) {
            builder.node(nodes, i);
        }
        GenomeParameters genomeParameters = context.parameters().genome();
        String activation = genomeParameters.randomHiddenActivation()
                ? genomeParameters.activationChoices().get(context.random().nextInt(
                        genomeParameters.activationChoices().size()))
                : genomeParameters.hiddenActivation();
        builder.node(newNode, modulatory ? NodeKind.MODULATORY : NodeKind.HIDDEN,
                context.activations().get(activation), 0.0);
        for (int c = 0; c < genes.size(); c++) {
            builder.connection(genes, c, (c != split || modulatory) && genes.enabled(c));
        }
        double[] inherited = genes.plasticityOf(split);
        builder.connection(inInnovation, source, newNode, 1.0, true, inherited);
        builder.connection(outInnovation, newNode, target, genes.weight(split), true, inherited);
        return builder.build();
    }

    private static int chooseSplit(ConnectionGenes genes, NodeGenes nodes, RandomGenerator random,
            SplitChoice splitChoice) {
        if (genes.size() < SMALL_GENOME) {
            return splitChoice == SplitChoice.RELEASE ? releaseWalk(genes, nodes, random)
                    : olderWalk(genes, nodes, random);
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

    /** {@code OLDER}: up to 20 walks from the oldest gene, stopping at each with probability 0.3. */
    private static int olderWalk(ConnectionGenes genes, NodeGenes nodes, RandomGenerator random) {
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

    /**
     * {@code RELEASE}: past the leading ineligible genes, move on with probability 0.3 and past bias
     * genes; the draw comes first, as in the release, so a bias gene also consumes one.
     */
    private static int releaseWalk(ConnectionGenes genes, NodeGenes nodes, RandomGenerator random) {
        int c = 0;
        while (c < genes.size() && !splittable(genes, nodes, c)) {
            c++;
        }
        while (c < genes.size() && (random.nextDouble() < 0.3 || leavesBias(genes, nodes, c))) {
            c++;
        }
        return c < genes.size() && genes.enabled(c) ? c : -1;
    }

    private static boolean leavesBias(ConnectionGenes genes, NodeGenes nodes, int c) {
        return nodes.kind(nodes.indexOf(genes.source(c))) == NodeKind.BIAS;
    }

    private static boolean splittable(ConnectionGenes genes, NodeGenes nodes, int c) {
        return genes.enabled(c) && !leavesBias(genes, nodes, c);
    }
}
