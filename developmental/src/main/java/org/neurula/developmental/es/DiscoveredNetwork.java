package org.neurula.developmental.es;

import org.neurula.neat.geometry.Positions;

/**
 * What ES-HyperNEAT's search found: hidden nodes at substrate points and weighted connections.
 * Node indices: the inputs first ({@code 0 .. inputs-1}, in the order given), then the outputs, then
 * the hidden nodes in the order they were discovered. Only nodes on some input-to-output path remain.
 * Arrays are owned by the value; callers must not modify them.
 *
 * @param inputs  number of input nodes
 * @param outputs number of output nodes
 * @param hidden  the hidden nodes' 2-D positions
 * @param sources per connection, its source node index
 * @param targets per connection, its target node index
 * @param weights per connection, its weight (already scaled by {@code maxWeight})
 */
public record DiscoveredNetwork(int inputs, int outputs, Positions hidden, int[] sources, int[] targets,
        double[] weights) {

    /** Number of connections. */
    public int connectionCount() {
        return sources.length;
    }

    /** Number of nodes: inputs, outputs and hidden. */
    public int nodeCount() {
        return inputs + outputs + hidden.count();
    }
}
