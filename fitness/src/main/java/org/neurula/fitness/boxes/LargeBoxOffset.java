package org.neurula.fitness.boxes;

/**
 * Where a trial puts the large box relative to the small one, in cells of the 11 × 11 field: five
 * cells to the right, down, or diagonally (right and down), as in Stanley, D'Ambrosio &amp; Gauci (2009).
 * "Down" is towards −y: the field's rows are numbered from the bottom (y = −1), as in
 * {@link org.neurula.neat.geometry.Positions#grid}.
 */
public enum LargeBoxOffset {
    /** Five cells towards +x. */
    RIGHT(5, 0),
    /** Five cells towards −y. */
    DOWN(0, -5),
    /** Five cells towards +x and five towards −y. */
    DIAGONAL(5, -5);

    private final int dx;
    private final int dy;

    LargeBoxOffset(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** Columns to move (towards +x). */
    public int dx() {
        return dx;
    }

    /** Rows to move (negative: towards −y). */
    public int dy() {
        return dy;
    }
}
