package org.neurula.visualizer.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionSelectionTest {

    private static final double[] WEIGHTS = {0.1, -3.0, 0.5, 2.0, -0.5, 0.05};

    @Test
    void theCapKeepsTheStrongestByMagnitudeWeakestFirst() {
        ConnectionSelection s = ConnectionSelection.strongest(WEIGHTS, 3);
        assertArrayEquals(new int[] {2, 3, 1}, s.kept(), "|w| 0.5 (the earlier of the tie), 2, 3");
        assertEquals(6, s.total());
        assertEquals(0.5, s.threshold());
        assertTrue(s.capped());
    }

    @Test
    void drawingOrderIsTheReverseOfStrength() {
        // strength order 1, 3, 2, 4 (2 before 4 at equal |w|); drawn weakest first
        assertArrayEquals(new int[] {4, 2, 3, 1}, ConnectionSelection.strongest(WEIGHTS, 4).kept());
    }

    @Test
    void zeroOrALargeCapKeepsEverything() {
        for (int max : new int[] {0, 6, 100}) {
            ConnectionSelection s = ConnectionSelection.strongest(WEIGHTS, max);
            assertEquals(6, s.kept().length);
            assertFalse(s.capped());
            assertEquals(5, s.kept()[0], "the weakest first");
            assertEquals(1, s.kept()[5], "the strongest last, drawn on top");
        }
        assertEquals(0, ConnectionSelection.strongest(new double[0], 5).kept().length);
    }
}
