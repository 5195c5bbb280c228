package org.neurula.neat.genome;

import java.util.function.IntUnaryOperator;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * A NEAT genome: node genes sorted by id and connection genes sorted by innovation number. Immutable;
 * the identity of a population member (its id, fitness, species) lives in the engine's records, so
 * equal genomes are interchangeable values.
 *
 * @param nodes       the node genes; inputs, bias and outputs come first by construction
 * @param connections the connection genes
 * @param plasticity  the network-wide plasticity genes (rule, and shared parameters), or null for a
 *                    static genome
 * @param pruning     the genome's own critical period and pruned fraction, or null when its networks
 *                    prune (if at all) as the run's config says
 */
public record Genome(NodeGenes nodes, ConnectionGenes connections, PlasticityGenes plasticity,
        PruningGenes pruning) {

    /** A static genome. */
    public Genome(NodeGenes nodes, ConnectionGenes connections) {
        this(nodes, connections, null, null);
    }

    /** A genome without pruning genes. */
    public Genome(NodeGenes nodes, ConnectionGenes connections, PlasticityGenes plasticity) {
        this(nodes, connections, plasticity, null);
    }

    /** Whether the genome carries plasticity genes. */
    public boolean isPlastic() {
        return plasticity != null;
    }

    /** Number of modulatory nodes. */
    public int modulatoryCount() {
        return nodes.count(NodeKind.MODULATORY);
    }

    /** Number of input nodes (excluding the bias). */
    public int inputCount() {
        return nodes.count(NodeKind.INPUT);
    }

    /** Number of output nodes. */
    public int outputCount() {
        return nodes.count(NodeKind.OUTPUT);
    }

    /** Number of hidden nodes: neither input, bias nor output (modulatory nodes included). */
    public int hiddenCount() {
        return nodes.count(NodeKind.HIDDEN) + nodes.count(NodeKind.MODULATORY);
    }

    /** Number of enabled connection genes. */
    public int enabledConnectionCount() {
        return connections.enabledCount();
    }

    /** The same nodes with other connection genes. */
    public Genome withConnections(ConnectionGenes newConnections) {
        return new Genome(nodes, newConnections, plasticity, pruning);
    }

    /** The same nodes and connections with other network-wide plasticity genes. */
    public Genome withPlasticity(PlasticityGenes newPlasticity) {
        return new Genome(nodes, connections, newPlasticity, pruning);
    }

    /** The same connections with other node genes. */
    public Genome withNodes(NodeGenes newNodes) {
        return new Genome(newNodes, connections, plasticity, pruning);
    }

    /** The same genome with other pruning genes (null: prune as the run's config says). */
    public Genome withPruning(PruningGenes newPruning) {
        return new Genome(nodes, connections, plasticity, newPruning);
    }

    /**
     * The same genome with node ids and innovation numbers translated (the plasticity parameters,
     * weights, flags and node genes otherwise unchanged). The translations should keep the order of
     * the ids; if they do not, the genes are sorted again.
     */
    public Genome renumbered(IntUnaryOperator nodeIds, IntUnaryOperator innovations) {
        GenomeBuilder builder = new GenomeBuilder(nodes.size(), connections.size()).sharedGenesOf(this);
        for (int i = 0; i < nodes.size(); i++) {
            builder.node(nodeIds.applyAsInt(nodes.id(i)), nodes.kind(i), nodes.activation(i), nodes.bias(i));
        }
        for (int c = 0; c < connections.size(); c++) {
            builder.connection(innovations.applyAsInt(connections.innovation(c)),
                    nodeIds.applyAsInt(connections.source(c)), nodeIds.applyAsInt(connections.target(c)),
                    connections.weight(c), connections.enabled(c), connections.plasticityOf(c));
        }
        return builder.build();
    }
}
