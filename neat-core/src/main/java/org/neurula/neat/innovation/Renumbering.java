package org.neurula.neat.innovation;

import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;

/**
 * The translation from an offspring's provisional innovation numbers and node ids (those at or above
 * the first provisional ones) to the real ones its commit got; ids below those bounds are real
 * already and map to themselves. Made by {@link ProvisionalInnovations#commit}; it keeps the order
 * of the ids it translates. Immutable once made.
 */
public final class Renumbering {

    private final int firstInnovation;
    private final int firstNode;
    private final IntIntHashMap innovations = new IntIntHashMap();
    private final IntIntHashMap nodes = new IntIntHashMap();

    Renumbering(int firstInnovation, int firstNode) {
        this.firstInnovation = firstInnovation;
        this.firstNode = firstNode;
    }

    void putInnovation(int provisional, int real) {
        innovations.put(provisional, real);
    }

    void putNode(int provisional, int real) {
        nodes.put(provisional, real);
    }

    /** The real innovation number for {@code innovation}. */
    public int innovation(int innovation) {
        return innovation < firstInnovation ? innovation : real(innovations, innovation, "innovation");
    }

    /** The real node id for {@code node}. */
    public int node(int node) {
        return node < firstNode ? node : real(nodes, node, "node");
    }

    private static int real(IntIntHashMap map, int provisional, String what) {
        int real = map.getIfAbsent(provisional, -1);
        if (real < 0) {
            throw new IllegalStateException("provisional " + what + " " + provisional + " was never issued");
        }
        return real;
    }
}
