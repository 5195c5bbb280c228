package org.neurula.neat.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void lineSpreadsPointsOverMinusOneToOne() {
        Positions line = Positions.line(3, -1.0);
        assertEquals(3, line.count());
        assertEquals(-1.0, line.coordinate(0, 0));
        assertEquals(0.0, line.coordinate(1, 0));
        assertEquals(1.0, line.coordinate(2, 0));
        assertEquals(-1.0, line.coordinate(2, 1));
        assertEquals(0.0, Positions.line(1, 1.0).coordinate(0, 0), "a single point sits at the centre");
    }

    @Test
    void gridIsRowMajorAndThreeDimensionalWithAHeight() {
        Positions grid = Positions.grid(3, 2, 0.5);
        assertEquals(3, grid.dimensions());
        assertEquals(6, grid.count());
        // point 4 is column 1 of row 1
        assertEquals(0.0, grid.coordinate(4, 0));
        assertEquals(1.0, grid.coordinate(4, 1));
        assertEquals(0.5, grid.coordinate(4, 2));
        assertEquals(2, Positions.grid(2, 2, Double.NaN).dimensions());
    }

    @Test
    void rejectsBadCoordinatesWithAReason() {
        IllegalArgumentException dims = assertThrows(IllegalArgumentException.class, () -> Positions.of(4, 0, 0, 0, 0));
        assertTrue(dims.getMessage().contains("2 or 3"), dims.getMessage());
        IllegalArgumentException partial = assertThrows(IllegalArgumentException.class, () -> Positions.of(2, 0, 0, 1));
        assertTrue(partial.getMessage().contains("whole"), partial.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Positions.of(2, 0, Double.NaN));
        assertTrue(nan.getMessage().contains("point 0"), nan.getMessage());
    }

    @Test
    void isImmutable() {
        double[] c = {1, 2};
        Positions p = Positions.of(2, c);
        c[0] = 9;
        p.toArray()[1] = 9;
        assertEquals(Positions.of(2, 1, 2), p);
    }

    @Test
    void geometryNeedsMatchingDimensions() {
        assertThrows(IllegalArgumentException.class,
                () -> new Geometry(Positions.line(2, -1), Positions.grid(1, 1, 0.0)));
        Geometry lines = Geometry.lines(2, 1);
        assertEquals(2, lines.dimensions());
        assertEquals(1.0, lines.outputs().coordinate(0, 1));
        assertEquals(Positions.line(2, -1).concat(Positions.line(1, 1)).count(), 3);
    }
}
