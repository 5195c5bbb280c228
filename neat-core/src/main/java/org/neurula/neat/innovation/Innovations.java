package org.neurula.neat.innovation;

import java.util.function.IntPredicate;

/**
 * Where variation operators get the historical markings of new structure: the innovation number of
 * a connection and the node id that splits a connection. The run's {@link InnovationTracker} is one;
 * a {@link ProvisionalInnovations} overlay, used while offspring are bred in parallel, is the other.
 */
public interface Innovations {

    /** The innovation number of a connection from {@code source} to {@code target}. */
    int connectionInnovation(int source, int target);

    /**
     * The id of the node that splits connection {@code innovation}.
     *
     * @param alreadyPresent whether the genome being mutated already holds a node id; when it holds
     *                       the remembered node, a fresh id is returned (and not remembered)
     */
    int splitNode(int innovation, IntPredicate alreadyPresent);
}
