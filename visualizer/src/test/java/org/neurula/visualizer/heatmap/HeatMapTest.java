package org.neurula.visualizer.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatMapTest {

    private static final WeightPattern TX = (sx, sy, tx, ty) -> tx;
    private static final int WIDTH = 480;
    private static final int HEIGHT = 400;

    @Test
    void theScaleIsWhiteAtZeroAndSaturatesAtTheLimit() {
        DivergingScale scale = new DivergingScale(2);
        assertEquals(DivergingScale.ZERO, scale.colour(0));
        assertEquals(DivergingScale.POSITIVE, scale.colour(2));
        assertEquals(DivergingScale.NEGATIVE, scale.colour(-2));
        assertEquals(DivergingScale.NEGATIVE, scale.colour(-7), "beyond the limit: saturated");
        assertEquals(DivergingScale.MISSING, scale.colour(Double.NaN));
        Color half = scale.colour(1);
        assertTrue(half.getBlue() > half.getRed() && half.getRed() > DivergingScale.POSITIVE.getRed());
        assertEquals(1, DivergingScale.covering(0, 0, Double.NaN).limit(), "all zero: limit 1");
        assertEquals(3, DivergingScale.covering(1, -3, Double.NaN).limit());
    }

    @Test
    void aMapOfTxIsNegativeOnTheLeftPositiveOnTheRightAndNeutralInTheMiddle() {
        BufferedImage image = HeatMap.image(TX, 0.5, 0.5, WIDTH, HEIGHT);
        Rectangle plot = HeatMap.plotArea(WIDTH, HEIGHT);
        int side = plot.width;
        DivergingScale scale = new DivergingScale(1 - 1.0 / side); // the largest |tx| of a pixel centre
        for (int py = 5; py < side; py += 37) {
            for (int px = 0; px < side; px += 13) {
                if (Math.abs(px - side * 0.75) < 16 && Math.abs(py - side * 0.25) < 16) {
                    continue; // the source's ring at (0.5, 0.5)
                }
                double tx = -1 + 2 * (px + 0.5) / side;
                Color expected = scale.colour(tx);
                assertEquals(expected.getRGB(), image.getRGB(plot.x + px, plot.y + py), "pixel " + px + ", " + py);
                Color c = new Color(image.getRGB(plot.x + px, plot.y + py));
                if (tx < -0.05) {
                    assertTrue(c.getRed() > c.getBlue(), "left half is red");
                } else if (tx > 0.05) {
                    assertTrue(c.getBlue() > c.getRed(), "right half is blue");
                }
            }
        }
        Color centre = new Color(image.getRGB(plot.x + side / 2, plot.y + side / 8));
        assertTrue(centre.getRed() > 245 && centre.getGreen() > 245 && centre.getBlue() > 245, "white at tx = 0: " + centre);
        Point left = HeatMap.pixel(plot, -1, 0);
        Point right = HeatMap.pixel(plot, 1, 0);
        assertEquals(DivergingScale.NEGATIVE.getRGB(), image.getRGB(left.x, left.y), "saturated at the left edge");
        assertTrue(new Color(image.getRGB(right.x, right.y)).getBlue() > 180);
    }

    @Test
    void theSourceIsMarkedAndTheColourBarRunsFromNegativeToPositive() {
        BufferedImage image = HeatMap.image(TX, 0.5, 0.5, WIDTH, HEIGHT);
        Rectangle plot = HeatMap.plotArea(WIDTH, HEIGHT);
        Point source = HeatMap.pixel(plot, 0.5, 0.5);
        assertEquals(Color.BLACK.getRGB(), image.getRGB(source.x, source.y), "the source's centre dot");
        int barX = plot.x + plot.width + 18 + 8;
        Color top = new Color(image.getRGB(barX, plot.y + 1));
        Color bottom = new Color(image.getRGB(barX, plot.y + plot.height - 2));
        Color middle = new Color(image.getRGB(barX, plot.y + plot.height / 2));
        assertTrue(top.getBlue() > 180 && top.getRed() < 60, "positive at the top: " + top);
        assertTrue(bottom.getRed() > 180 && bottom.getBlue() < 70, "negative at the bottom: " + bottom);
        assertTrue(middle.getRed() > 240 && middle.getBlue() > 240, "white in the middle: " + middle);
    }

    @Test
    void missingWeightsAreGreyAndAFixedScaleIsKept() {
        OutgoingWeights none = (tx, ty) -> tx < 0 ? Double.NaN : 0.25;
        BufferedImage image = HeatMap.image(none, 0, 0, "t", List.of(), Optional.of(new DivergingScale(0.5)), WIDTH,
                HEIGHT);
        Rectangle plot = HeatMap.plotArea(WIDTH, HEIGHT);
        assertEquals(DivergingScale.MISSING.getRGB(), image.getRGB(plot.x + 3, plot.y + 3));
        assertEquals(new DivergingScale(0.5).colour(0.25).getRGB(), image.getRGB(plot.x + plot.width - 3, plot.y + 3));
    }

    @Test
    void writesAPngOfTheRequestedSizeAndRefusesTinyOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("maps/tx.png");
        HeatMap.writePng(TX, 0, 0, 300, 240, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(300, read.getWidth());
        assertEquals(240, read.getHeight());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeatMap.image(TX, 0, 0, 50, 50));
        assertTrue(e.getMessage().contains("at least"), e.getMessage());
    }
}
