package org.neurula.visualizer.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.neat.geometry.Positions;

class HeatMapGridTest {

    /** Positive where the target lies right of the source. */
    private static final WeightPattern RIGHT_OF_SOURCE = (sx, sy, tx, ty) -> tx - sx;

    @Test
    void aRegularSheetOfSourcesIsLaidOutAsItLies() {
        Positions sheet = Positions.grid(3, 3, Double.NaN); // row-major from (-1, -1)
        List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            points.add(new double[] {sheet.coordinate(i, 0), sheet.coordinate(i, 1)});
        }
        List<Rectangle> cells = HeatMapGrid.cells(points, 600, 500);
        Rectangle lowLeft = cells.get(0);   // (-1, -1)
        Rectangle lowRight = cells.get(2);  // (1, -1)
        Rectangle highLeft = cells.get(6);  // (-1, 1)
        assertEquals(lowLeft.y, lowRight.y, "same row");
        assertTrue(lowRight.x > lowLeft.x, "x grows to the right");
        assertTrue(highLeft.y < lowLeft.y, "the highest y is the top row");
        assertEquals(lowLeft.x, highLeft.x, "same column");
        assertTrue(cells.stream().allMatch(c -> c.width == lowLeft.width && c.height == lowLeft.width));
    }

    @Test
    void eachCellShowsItsSourcesPatternOnOneSharedScale() {
        Positions sheet = Positions.grid(3, 3, Double.NaN);
        BufferedImage image = HeatMapGrid.image(RIGHT_OF_SOURCE, sheet, 600, 500);
        List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            points.add(new double[] {sheet.coordinate(i, 0), sheet.coordinate(i, 1)});
        }
        List<Rectangle> cells = HeatMapGrid.cells(points, 600, 500);
        // at target (0, -0.9): w = -sx: blue for the left column's sources, red for the right column's
        Color left = at(image, cells.get(3), 0, -0.9);
        Color right = at(image, cells.get(5), 0, -0.9);
        Color middle = at(image, cells.get(4), 0.5, -0.9);
        assertTrue(left.getBlue() > left.getRed(), "source x = -1: positive at the centre " + left);
        assertTrue(right.getRed() > right.getBlue(), "source x = 1: negative at the centre " + right);
        // the shared limit is 2 (tx - sx spans [-2, 2]): w = 0.5 is a quarter of the way to full blue
        double limit = 2 - 1.0 / cells.get(0).width;
        Color expected = new DivergingScale(limit).colour(0.5 + 0.0);
        assertTrue(Math.abs(expected.getRed() - middle.getRed()) < 12, expected + " vs " + middle);
    }

    @Test
    void tooManySourcesForThePictureIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeatMapGrid.image(RIGHT_OF_SOURCE, Positions.grid(60, 60, Double.NaN), 300, 200));
        assertTrue(e.getMessage().contains("do not fit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeatMapGrid.cells(List.of(), 300, 200));
    }

    private static Color at(BufferedImage image, Rectangle cell, double tx, double ty) {
        java.awt.Point p = HeatMap.pixel(cell, tx, ty);
        return new Color(image.getRGB(p.x, p.y));
    }
}
