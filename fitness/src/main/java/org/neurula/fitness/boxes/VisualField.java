package org.neurula.fitness.boxes;

import java.util.Arrays;
import org.neurula.neat.geometry.Positions;

/**
 * The visual (and the target) field at one resolution: a {@code resolution × resolution} sheet of units,
 * unit {@code row · resolution + column} at column {@code column} from the left and row {@code row} from
 * the bottom. A resolution of 11·s shows the 11 × 11 trials magnified s times: cell c of the 11 × 11 field
 * becomes units s·c .. s·c + s − 1, so its centre is unit s·c + (s − 1)/2.
 *
 * <p>Where the units sit: at 11 × 11 on {@code Positions.grid(11, 11)}, cell c at x = −1 + 0.2·c (as in the
 * paper and in its authors' code); at 11·s the units are the s × s sub-cells of those cells, so unit j sits
 * at x = −1 + 0.2·((j + ½)/s − ½) and the centre unit of cell c at exactly cell c's point. The finer fields
 * therefore reach a little past ±1 (±1.067 at 33 × 33, ±1.073 at 55 × 55: the centres of the outer
 * sub-cells of cells that are 0.2 wide). Spreading the finer grid's units over [−1, 1] instead, as the
 * authors' code does for its own finer trials, would shrink the magnified scene by 15/16 at 33 × 33 and
 * 25/27 at 55 × 55, so a regrown champion would see every box where the 11 × 11 field never had it.
 *
 * @param resolution units along a side, 11 times an odd number
 */
record VisualField(int resolution) {

    /** Units along a side per cell of the 11 × 11 field. */
    int scale() {
        return resolution / BoxTrial.FIELD;
    }

    /** Units in the field. */
    int units() {
        return resolution * resolution;
    }

    /**
     * The value of a lit unit: 1 / scale², so that a box carries the same total input at every resolution
     * (the rule of the HyperNEAT authors' released code for the 33 × 33 and 55 × 55 fields).
     */
    double litValue() {
        int s = scale();
        return 1.0 / (s * s);
    }

    /** The unit at the centre of 11 × 11 cell {@code cell}, along one axis. */
    int centre(int cell) {
        int s = scale();
        return s * cell + (s - 1) / 2;
    }

    /**
     * The units' positions, in unit order: the 11 × 11 grid over [−1, 1]², or at 11·s the sub-cells of its
     * cells (see the type's description).
     */
    Positions positions() {
        // at s = 1 this is Positions.grid(11, 11)'s arithmetic: cell = j exactly, x = −1 + 2.0·j/10
        int s = scale();
        double[] axis = new double[resolution];
        for (int j = 0; j < resolution; j++) {
            double cell = (2.0 * j + 1.0 - s) / (2.0 * s);
            axis[j] = -1.0 + 2.0 * cell / (BoxTrial.FIELD - 1);
        }
        double[] coordinates = new double[2 * units()];
        int k = 0;
        for (int row = 0; row < resolution; row++) {
            for (int column = 0; column < resolution; column++) {
                coordinates[k++] = axis[column];
                coordinates[k++] = axis[row];
            }
        }
        return Positions.of(2, coordinates);
    }

    /** Clears {@code field} and draws the trial's two boxes into it. */
    void draw(BoxTrial trial, double[] field) {
        Arrays.fill(field, 0.0);
        fill(field, trial.smallColumn(), trial.smallRow(), 0);
        fill(field, trial.largeColumn(), trial.largeRow(), 1);
    }

    /** Lights the cells within {@code halfWidth} cells of (column, row), magnified. */
    private void fill(double[] field, int column, int row, int halfWidth) {
        int s = scale();
        double lit = litValue();
        int fromRow = s * (row - halfWidth);
        int toRow = s * (row + halfWidth + 1);
        int fromColumn = s * (column - halfWidth);
        int toColumn = s * (column + halfWidth + 1);
        for (int r = fromRow; r < toRow; r++) {
            Arrays.fill(field, r * resolution + fromColumn, r * resolution + toColumn, lit);
        }
    }

    /** Whether unit {@code unit} lies in the centre cell of the trial's large box (one of that cell's s × s units). */
    boolean inCentreCell(int unit, BoxTrial trial) {
        int s = scale();
        return (unit % resolution) / s == trial.largeColumn() && (unit / resolution) / s == trial.largeRow();
    }

    /**
     * The squared distance, in cells of the 11 × 11 field, from unit {@code unit} to the centre of the
     * trial's large box.
     */
    double squaredDistance(int unit, BoxTrial trial) {
        int dx = unit % resolution - centre(trial.largeColumn());
        int dy = unit / resolution - centre(trial.largeRow());
        int s = scale();
        return (double) (dx * dx + dy * dy) / (s * s);
    }
}
