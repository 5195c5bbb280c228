package org.neurula.developmental.substrate;

import java.util.List;
import org.neurula.neat.config.ParameterProblems;

/**
 * One hidden layer of a substrate: either a grid of {@code columns × rows} nodes spanning [-1, 1] on the
 * layer's axes, or an explicit list of points. In 2-D a grid is a row of {@code columns} nodes
 * ({@code rows} must be 1); in 3-D it spans x and y. Where the layer lies on the layering axis (y in 2-D,
 * z in 3-D) is set by {@link Substrate}; explicit points are used as they are.
 *
 * <pre>{@code
 * HiddenLayer.grid(5, 5);                      // 25 nodes
 * HiddenLayer.points(-0.5, 0.0, 0.5, 0.0);     // two 2-D nodes
 * }</pre>
 *
 * @param columns     nodes along x of a grid; 0 with {@code coordinates}
 * @param rows        nodes along y of a grid (omitted or 0 means 1); 0 with {@code coordinates}
 * @param coordinates flat point coordinates ({@code x, y[, z]} per node), or empty for a grid
 */
public record HiddenLayer(int columns, int rows, List<Double> coordinates) {

    /** Copies the coordinates; a grid given without rows gets one row. */
    public HiddenLayer {
        coordinates = coordinates == null ? List.of() : List.copyOf(coordinates);
        if (coordinates.isEmpty() && rows == 0) {
            rows = 1;
        }
    }

    /** A grid layer. */
    public static HiddenLayer grid(int columns, int rows) {
        return new HiddenLayer(columns, rows, List.of());
    }

    /** A layer of explicit points, {@code dimensions} coordinates each. */
    public static HiddenLayer points(double... coordinates) {
        Double[] boxed = new Double[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            boxed[i] = coordinates[i];
        }
        return new HiddenLayer(0, 0, List.of(boxed));
    }

    /** Whether the layer lists its points. */
    public boolean explicit() {
        return !coordinates.isEmpty();
    }

    /** Number of nodes (for explicit points, given {@code dimensions}). */
    public int size(int dimensions) {
        return explicit() ? coordinates.size() / dimensions : columns * rows;
    }

    /**
     * Adds this layer's problems under {@code prefix} (for example {@code substrate.hidden[0]}).
     *
     * @param dimensions the substrate's dimensions, 2 or 3
     */
    public void check(ParameterProblems problems, String prefix, int dimensions) {
        if (explicit()) {
            problems.require(columns == 0 && rows == 0, prefix + ".columns",
                    "a layer is either a grid (columns, rows) or a list of coordinates, not both; remove columns and rows");
            problems.require(coordinates.size() % dimensions == 0, prefix + ".coordinates",
                    "must hold " + dimensions + " numbers per node (x, y" + (dimensions == 3 ? ", z" : "")
                            + ") for this " + dimensions + "-D substrate, has " + coordinates.size());
            for (int i = 0; i < coordinates.size(); i++) {
                Double c = coordinates.get(i);
                problems.require(c != null && Double.isFinite(c), prefix + ".coordinates[" + i + "]",
                        "must be a finite number, was " + c);
            }
            return;
        }
        problems.require(columns >= 1, prefix + ".columns",
                "must be at least 1 (or give the layer's coordinates instead), was " + columns);
        if (dimensions == 2) {
            problems.require(rows == 1, prefix + ".rows",
                    "must be 1 in a 2-D substrate (a hidden layer is a row at its own y; list coordinates for other"
                            + " shapes), was " + rows);
        } else {
            problems.require(rows >= 1, prefix + ".rows", "must be at least 1, was " + rows);
        }
    }
}
