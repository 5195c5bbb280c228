package org.neurula.fitness.boxes;

import java.util.ArrayList;
import java.util.List;

/**
 * One trial of the visual discrimination task: where the small (1 × 1) and the large (3 × 3) box are, by
 * the cell of the 11 × 11 field at their centres (column from the left, row from the bottom). At a finer
 * resolution the same trial is drawn scaled (see {@link BoxesTask}).
 *
 * @param smallColumn the small box's column, 0..10
 * @param smallRow    the small box's row, 0..10
 * @param largeColumn the large box's centre column, 1..9 (the whole box in the field)
 * @param largeRow    the large box's centre row, 1..9
 * @param offset      how the large box was placed relative to the small one
 */
public record BoxTrial(int smallColumn, int smallRow, int largeColumn, int largeRow, LargeBoxOffset offset) {

    /** Cells along each side of the field the trials are defined on. */
    public static final int FIELD = 11;

    /** Requires both boxes wholly inside the field. */
    public BoxTrial {
        if (smallColumn < 0 || smallColumn >= FIELD || smallRow < 0 || smallRow >= FIELD) {
            throw new IllegalArgumentException("the small box at (" + smallColumn + ", " + smallRow
                    + ") lies outside the 11 x 11 field");
        }
        if (largeColumn < 1 || largeColumn > FIELD - 2 || largeRow < 1 || largeRow > FIELD - 2) {
            throw new IllegalArgumentException("the large box centred at (" + largeColumn + ", " + largeRow
                    + ") does not lie wholly inside the 11 x 11 field (centres 1..9)");
        }
        if (offset == null) {
            throw new IllegalArgumentException("a trial needs the large box's offset");
        }
    }

    /**
     * The 75 trials of Stanley, D'Ambrosio &amp; Gauci (2009): the small box at the 25 cells whose column
     * and row are both odd (1, 3, 5, 7, 9), and for each the large box five cells to the right, down and
     * diagonally. The large box wraps around to the other side of the field at the border, and one still
     * not wholly in view is moved the least distance that brings it in (a centre on the border row or
     * column moves one cell inwards). In the order small-box row, small-box column, offset (in
     * {@link LargeBoxOffset} order). See {@link BoxesTask} for which of these facts come from the paper.
     */
    public static List<BoxTrial> standardSet() {
        List<BoxTrial> trials = new ArrayList<>(75);
        for (int row = 1; row < FIELD; row += 2) {
            for (int column = 1; column < FIELD; column += 2) {
                for (LargeBoxOffset offset : LargeBoxOffset.values()) {
                    trials.add(new BoxTrial(column, row, place(column + offset.dx()), place(row + offset.dy()),
                            offset));
                }
            }
        }
        return List.copyOf(trials);
    }

    /** A large box's centre coordinate after wrapping around the field and moving it wholly into view. */
    static int place(int coordinate) {
        int wrapped = Math.floorMod(coordinate, FIELD);
        return Math.clamp(wrapped, 1, FIELD - 2);
    }
}
