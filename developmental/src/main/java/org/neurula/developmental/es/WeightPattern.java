package org.neurula.developmental.es;

/**
 * The weight a CPPN gives the connection from (x1, y1) to (x2, y2) of a 2-D substrate, before
 * scaling: what ES-HyperNEAT samples. Implementations need not be thread-safe; one search uses one.
 */
@FunctionalInterface
public interface WeightPattern {

    /** The weight output for the connection from (x1, y1) to (x2, y2). */
    double weight(double x1, double y1, double x2, double y2);

    /**
     * Whether a connection the search found may be expressed (a link expression output, LEO, can veto
     * it); always by default.
     */
    default boolean expressed(double x1, double y1, double x2, double y2) {
        return true;
    }
}
