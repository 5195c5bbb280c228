package org.neurula.visualizer.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.visualizer.GrownNetworks;

class ExpressedWeightsTest {

    private static final NetworkBlueprint SHEETS = GrownNetworks.sheets2d(5);

    @Test
    void theDefaultSourceIsTheCentralInputAndItsTargetsTheOutputSheet() {
        ExpressedWeights expressed = ExpressedWeights.of(SHEETS);
        int centre = expressed.defaultSource();
        assertEquals(12, centre, "input 12 sits at (0, 0)");
        int[] targets = expressed.targetNodes(centre);
        assertEquals(25, targets.length);
        for (int t : targets) {
            assertEquals(NodeKind.OUTPUT, SHEETS.kinds()[t]);
        }
        assertEquals(18, expressed.nearestSource(0.4, 0.6), "the input at (0.5, 0.5)");
    }

    @Test
    void thePatternAtEachTargetIsTheExpressedWeightOfTheChosenNode() {
        ExpressedWeights expressed = ExpressedWeights.of(SHEETS);
        int source = 12; // the input at (0, 0): not connected to the outputs at x = 0
        OutgoingWeights weights = expressed.outgoing(source);
        int connected = 0;
        for (int t : expressed.targetNodes(source)) {
            double sx = expressed.x(source);
            double sy = expressed.y(source);
            double tx = expressed.x(t);
            double ty = expressed.y(t);
            double w = GrownNetworks.weight(sx, sy, tx, ty);
            double expected = GrownNetworks.expressed(w) ? w : 0;
            connected += GrownNetworks.expressed(w) ? 1 : 0;
            assertEquals(expected, weights.weight(tx, ty), 1e-12, "target " + t);
            assertEquals(expected, expressed.weight(source, t), 1e-12);
            assertEquals(expected, expressed.weight(sx + 0.01, sy, tx + 0.05, ty - 0.05), 1e-12,
                    "through the pattern: nearest source, nearest target");
        }
        assertEquals(20, connected, "the five outputs at x = 0 are not connected");
    }

    @Test
    void theHeatMapShowsTheExpressedWeightsOfTheChosenNode() {
        ExpressedWeights expressed = ExpressedWeights.of(SHEETS);
        int source = 12;
        BufferedImage image = HeatMap.image(expressed.outgoing(source), expressed.x(source), expressed.y(source),
                expressed.describe(source), expressed.targets(source), Optional.empty(), 480, 400);
        Rectangle plot = HeatMap.plotArea(480, 400);
        int[] targets = expressed.targetNodes(source);
        double[] weights = new double[targets.length];
        for (int k = 0; k < targets.length; k++) {
            weights[k] = expressed.weight(source, targets[k]);
        }
        DivergingScale scale = DivergingScale.covering(weights);
        for (int k = 0; k < targets.length; k++) {
            int t = targets[k];
            if (Math.abs(expressed.x(t) - expressed.x(source)) < 0.3 && Math.abs(expressed.y(t) - expressed.y(source)) < 0.3) {
                continue; // under the source's ring
            }
            Point p = HeatMap.pixel(plot, expressed.x(t), expressed.y(t));
            // beside the target's dot, inside its cell (targets are 0.5 apart: a quarter of the map)
            int x = Math.max(plot.x, Math.min(plot.x + plot.width - 1, p.x + (expressed.x(t) > 0 ? -6 : 6)));
            int y = Math.max(plot.y, Math.min(plot.y + plot.height - 1, p.y + (expressed.y(t) > 0 ? 6 : -6)));
            assertEquals(scale.colour(weights[k]).getRGB(), image.getRGB(x, y), "target " + t + " at " + x + ", " + y);
        }
        assertTrue(expressed.describe(source).contains("(0.00, 0.00)"), expressed.describe(source));
    }

    @Test
    void threeDimensionalSourcesAreFoundInSpace() {
        ExpressedWeights expressed = ExpressedWeights.of(GrownNetworks.sheets3d(3));
        assertEquals(4, expressed.nearestSource(0.1, -0.1, -1), "the input at (0, 0, -1)");
        assertEquals(9, expressed.outgoing(4) == null ? -1 : expressed.targetNodes(4).length, "the z = 1 sheet");
    }

    @Test
    void aNetworkWithoutCoordinatesOrConnectionsHasNoPattern() {
        NetworkBlueprint flat = new NetworkBlueprint(SHEETS.nodeIds(), SHEETS.kinds(), SHEETS.activations(),
                SHEETS.biases(), SHEETS.sources(), SHEETS.targets(), SHEETS.weights(), false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExpressedWeights.of(flat)).getMessage()
                .contains("without node coordinates"));
        NetworkBlueprint empty = new NetworkBlueprint(SHEETS.nodeIds(), SHEETS.kinds(), SHEETS.activations(),
                SHEETS.biases(), new int[0], new int[0], new double[0], false, null, SHEETS.positions());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExpressedWeights.of(empty)).getMessage()
                .contains("no connections"));
    }
}
