package org.neurula.visualizer.heatmap;

/**
 * The weight an indirect encoding gives the connection from a source point to a target point of a
 * substrate, both in substrate coordinates (HyperNEAT's CPPN queried at {@code (x1, y1, x2, y2)}).
 * {@link HeatMap} and {@link HeatMapGrid} draw it.
 *
 * <pre>{@code
 * WeightPattern leftNegative = (sx, sy, tx, ty) -> tx;          // negative left, positive right
 * BufferedImage map = HeatMap.image(leftNegative, 0, 0, 480, 400);
 * }</pre>
 */
@FunctionalInterface
public interface WeightPattern {

    /** The weight from the source at ({@code sx}, {@code sy}) to the target at ({@code tx}, {@code ty}); NaN for none. */
    double weight(double sx, double sy, double tx, double ty);

    /**
     * The weights leaving the source at ({@code sx}, {@code sy}). A pattern that must find its source
     * first (such as {@link ExpressedWeights}) does so here, once per map.
     */
    default OutgoingWeights from(double sx, double sy) {
        return (tx, ty) -> weight(sx, sy, tx, ty);
    }
}
