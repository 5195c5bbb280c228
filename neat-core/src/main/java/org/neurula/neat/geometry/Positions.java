package org.neurula.neat.geometry;

import java.util.Arrays;

/**
 * Points in a 2-D or 3-D space, stored flat ({@code x0, y0[, z0], x1, y1, ...}): where a substrate's
 * nodes sit, or where a task places its inputs and outputs. Immutable: the array is copied in and
 * never handed out.
 *
 * <pre>{@code
 * Positions row = Positions.line(3, -1.0);   // (-1,-1), (0,-1), (1,-1)
 * double x = row.coordinate(2, 0);            // 1.0
 * }</pre>
 */
public final class Positions {

    private final int dimensions;
    private final double[] coordinates;

    private Positions(int dimensions, double[] coordinates) {
        this.dimensions = dimensions;
        this.coordinates = coordinates;
    }

    /**
     * Points from flat coordinates.
     *
     * @param dimensions  2 or 3
     * @param coordinates {@code dimensions} finite numbers per point
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Positions of(int dimensions, double... coordinates) {
        if (dimensions != 2 && dimensions != 3) {
            throw new IllegalArgumentException("positions have 2 or 3 dimensions, not " + dimensions);
        }
        if (coordinates.length % dimensions != 0) {
            throw new IllegalArgumentException(coordinates.length + " coordinates do not make whole "
                    + dimensions + "-D points");
        }
        for (int i = 0; i < coordinates.length; i++) {
            if (!Double.isFinite(coordinates[i])) {
                throw new IllegalArgumentException("coordinate " + (i % dimensions) + " of point " + (i / dimensions)
                        + " is " + coordinates[i] + "; coordinates must be finite");
            }
        }
        return new Positions(dimensions, coordinates.clone());
    }

    /**
     * {@code count} points evenly spread over x ∈ [-1, 1] at height {@code y} (one point sits at x = 0):
     * the usual placement of a task's inputs or outputs when it has no geometry of its own.
     */
    public static Positions line(int count, double y) {
        if (count < 0) {
            throw new IllegalArgumentException("a line of " + count + " points");
        }
        double[] c = new double[2 * count];
        for (int i = 0; i < count; i++) {
            c[2 * i] = count == 1 ? 0.0 : -1.0 + 2.0 * i / (count - 1);
            c[2 * i + 1] = y;
        }
        return new Positions(2, c);
    }

    /**
     * A {@code columns × rows} grid spanning [-1, 1] on both axes (a single column or row sits at 0), in
     * row-major order from (x = -1, y = -1); with {@code z} finite the points are 3-D at that height,
     * with {@code z} NaN they are 2-D.
     */
    public static Positions grid(int columns, int rows, double z) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a grid needs at least one column and one row, not "
                    + columns + " × " + rows);
        }
        int dims = Double.isNaN(z) ? 2 : 3;
        double[] c = new double[dims * columns * rows];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < columns; col++) {
                c[k++] = columns == 1 ? 0.0 : -1.0 + 2.0 * col / (columns - 1);
                c[k++] = rows == 1 ? 0.0 : -1.0 + 2.0 * r / (rows - 1);
                if (dims == 3) {
                    c[k++] = z;
                }
            }
        }
        return new Positions(dims, c);
    }

    /** 2 or 3. */
    public int dimensions() {
        return dimensions;
    }

    /** Number of points. */
    public int count() {
        return coordinates.length / dimensions;
    }

    /** Coordinate {@code axis} (0 x, 1 y, 2 z) of point {@code point}. */
    public double coordinate(int point, int axis) {
        return coordinates[point * dimensions + axis];
    }

    /** A copy of the flat coordinates. */
    public double[] toArray() {
        return coordinates.clone();
    }

    /** These points followed by {@code other}'s; both must have the same dimensions. */
    public Positions concat(Positions other) {
        if (other.dimensions != dimensions) {
            throw new IllegalArgumentException("cannot join " + dimensions + "-D and " + other.dimensions + "-D points");
        }
        double[] c = Arrays.copyOf(coordinates, coordinates.length + other.coordinates.length);
        System.arraycopy(other.coordinates, 0, c, coordinates.length, other.coordinates.length);
        return new Positions(dimensions, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Positions p && p.dimensions == dimensions && Arrays.equals(p.coordinates, coordinates);
    }

    @Override
    public int hashCode() {
        return 31 * dimensions + Arrays.hashCode(coordinates);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int p = 0; p < count(); p++) {
            s.append(p == 0 ? "(" : ", (");
            for (int a = 0; a < dimensions; a++) {
                s.append(a == 0 ? "" : ", ").append(coordinate(p, a));
            }
            s.append(')');
        }
        return s.append(']').toString();
    }
}
