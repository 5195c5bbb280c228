package org.neurula.neat.genome;

/**
 * A NEAT genome: node genes sorted by id and connection genes sorted by innovation number. Immutable;
 * the identity of a population member (its id, fitness, species) lives in the engine's records, so
 * equal genomes are interchangeable values.
 *
 * @param nodes       the node genes; inputs, bias and outputs come first by construction
 * @param connections the connection genes
 */
public record Genome(NodeGenes nodes, ConnectionGenes connections) {

    /** Number of input nodes (excluding the bias). */
    public int inputCount() {
        return nodes.count(NodeKind.INPUT);
    }

    /** Number of output nodes. */
    public int outputCount() {
        return nodes.count(NodeKind.OUTPUT);
    }

    /** Number of hidden nodes. */
    public int hiddenCount() {
        return nodes.count(NodeKind.HIDDEN);
    }

    /** Number of enabled connection genes. */
    public int enabledConnectionCount() {
        return connections.enabledCount();
    }

    /** The same nodes with other connection genes. */
    public Genome withConnections(ConnectionGenes newConnections) {
        return new Genome(nodes, newConnections);
    }

    /** The same connections with other node genes. */
    public Genome withNodes(NodeGenes newNodes) {
        return new Genome(newNodes, connections);
    }
}
