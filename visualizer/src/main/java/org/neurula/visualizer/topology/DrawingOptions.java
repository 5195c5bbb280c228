package org.neurula.visualizer.topology;

/**
 * How a topology is drawn.
 *
 * @param labels       node ids on the nodes
 * @param weights      weights on the edges
 * @param showDisabled draw disabled connection genes too (thin, grey, dashed); they never affect the layout
 */
public record DrawingOptions(boolean labels, boolean weights, boolean showDisabled) {

    /** Node labels, no weight labels. */
    public DrawingOptions(boolean labels, boolean showDisabled) {
        this(labels, false, showDisabled);
    }

    /** Node labels on, weight labels off, disabled genes hidden. */
    public static DrawingOptions defaults() {
        return new DrawingOptions(true, false, false);
    }
}
