package org.neurula.visualizer.heatmap;

/** The weights leaving one source point, by target point: what one {@link HeatMap} shows. */
@FunctionalInterface
public interface OutgoingWeights {

    /** The weight to the target at ({@code tx}, {@code ty}); NaN where there is none to show. */
    double weight(double tx, double ty);
}
