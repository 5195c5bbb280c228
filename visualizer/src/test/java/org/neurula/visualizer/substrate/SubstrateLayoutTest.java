package org.neurula.visualizer.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.visualizer.GrownNetworks;

class SubstrateLayoutTest {

    private static final double EPS = 1e-9;

    /** Three inputs on y = -1, two outputs on y = 1, at the given coordinates. */
    private static NetworkBlueprint lines(Positions at) {
        NodeKind[] kinds = {NodeKind.INPUT, NodeKind.INPUT, NodeKind.INPUT, NodeKind.OUTPUT, NodeKind.OUTPUT};
        ActivationFunction[] f = new ActivationFunction[5];
        java.util.Arrays.fill(f, Activation.TANH);
        return new NetworkBlueprint(new int[] {0, 1, 2, 3, 4}, kinds, f, new double[5], new int[] {0, 1},
                new int[] {3, 4}, new double[] {0.5, -0.5}, false, null, at);
    }

    @Test
    void twoDimensionalNodesSitAtTheirCoordinatesScaledIntoOneSheet() {
        Positions at = Positions.line(3, -1.0).concat(Positions.of(2, -0.5, 1.0, 0.25, 0.5));
        SubstratePlacement p = SubstrateLayout.of(lines(at), 10, -2, 4);
        assertEquals(1, p.sheets().size());
        assertEquals(new SubstrateSheet("", 10, -2, 4), p.sheets().getFirst());
        for (int i = 0; i < 5; i++) {
            // [-1, 1] fills the 4-unit sheet: 2 graph units per substrate unit, from the sheet's corner
            assertEquals(10 + (at.coordinate(i, 0) + 1) * 2, p.x()[i], EPS, "x of node " + i);
            assertEquals(-2 + (at.coordinate(i, 1) + 1) * 2, p.y()[i], EPS, "y of node " + i);
        }
        assertEquals(2, p.scale(), EPS);
    }

    @Test
    void coordinatesBeyondTheUnitSquareWidenTheSheetsScaleForBothAxes() {
        Positions at = Positions.of(2, -1, -1, 0, -1, 3, -1, -1, 1, 1, 1);
        SubstratePlacement p = SubstrateLayout.of(lines(at), 0, 0, 8);
        assertEquals(2, p.scale(), EPS, "[-1, 3] fills 8 units");
        assertEquals(8, p.x()[2], EPS);
        assertEquals(4, p.y()[4], EPS, "y keeps the same scale as x");
    }

    @Test
    void sheetsSharingCoordinatesAreDrawnSideBySideByKind() {
        NetworkBlueprint network = GrownNetworks.sheets2d(3);
        SubstratePlacement p = SubstrateLayout.of(network, 0, 0, 2);
        assertEquals(List.of("input sheet", "output sheet"), p.sheets().stream().map(SubstrateSheet::label).toList());
        double shift = 2 * (1 + SubstrateLayout.SHEET_GAP);
        assertEquals(shift, p.sheets().get(1).left(), EPS);
        for (int i = 0; i < 9; i++) {
            assertEquals(0, p.sheet()[i]);
            assertEquals(1, p.sheet()[9 + i]);
            assertEquals(p.x()[i] + shift, p.x()[9 + i], EPS, "output " + i + " sits where its input does, one sheet right");
            assertEquals(p.y()[i], p.y()[9 + i], EPS);
            assertEquals(network.positions().coordinate(i, 0) + 1, p.x()[i], EPS);
        }
    }

    @Test
    void threeDimensionalSubstratesGetOneSheetPerZLowestOnTheLeft() {
        NetworkBlueprint network = GrownNetworks.sheets3d(3);
        SubstratePlacement p = SubstrateLayout.of(network, 0, 0, 2);
        assertEquals(List.of("z = -1", "z = 1"), p.sheets().stream().map(SubstrateSheet::label).toList());
        for (int i = 0; i < 18; i++) {
            assertEquals(network.positions().coordinate(i, 2) < 0 ? 0 : 1, p.sheet()[i]);
            double left = p.sheets().get(p.sheet()[i]).left();
            assertEquals(left + network.positions().coordinate(i, 0) + 1, p.x()[i], EPS);
            assertEquals(network.positions().coordinate(i, 1) + 1, p.y()[i], EPS);
        }
    }

    @Test
    void manyZLevelsAreDrawnInOneObliqueSheet() {
        double[] c = new double[3 * 5];
        for (int i = 0; i < 5; i++) {
            c[3 * i] = 0;
            c[3 * i + 1] = 0;
            c[3 * i + 2] = -1 + 0.25 * i;
        }
        Positions at = Positions.of(3, c);
        NetworkBlueprint few = lines(at);
        assertEquals(5, SubstrateLayout.of(few, 0, 0, 2).sheets().size(), "five z levels: five sheets");
        double[] d = new double[3 * 5];
        for (int i = 0; i < 5; i++) {
            d[3 * i + 2] = -1 + 0.1 * i;
        }
        NetworkBlueprint seven = new NetworkBlueprint(new int[] {0, 1, 2, 3, 4, 5, 6},
                new NodeKind[] {NodeKind.INPUT, NodeKind.INPUT, NodeKind.HIDDEN, NodeKind.HIDDEN, NodeKind.HIDDEN,
                    NodeKind.OUTPUT, NodeKind.OUTPUT},
                fill(7), new double[7], new int[0], new int[0], new double[0], false, null,
                Positions.of(3, 0, 0, -1, 0, 0, -0.6, 0, 0, -0.2, 0, 0, 0.1, 0, 0, 0.4, 0, 0, 0.7, 0, 0, 1));
        SubstratePlacement p = SubstrateLayout.of(seven, 0, 0, 2);
        assertEquals(1, p.sheets().size());
        assertTrue(p.projection().contains("oblique"), p.projection());
        for (int i = 1; i < 7; i++) {
            assertTrue(p.x()[i] > p.x()[i - 1] && p.y()[i] > p.y()[i - 1], "higher z: up and to the right");
        }
    }

    @Test
    void aNetworkWithoutCoordinatesIsDrawnInRowsByKind() {
        NetworkBlueprint network = lines(null);
        SubstratePlacement p = SubstrateLayout.of(network, 0, 0, 2);
        assertEquals(p.y()[0], p.y()[2], EPS);
        assertTrue(p.y()[3] > p.y()[0], "outputs above inputs");
        assertTrue(p.x()[0] < p.x()[1] && p.x()[1] < p.x()[2]);
    }

    private static ActivationFunction[] fill(int n) {
        ActivationFunction[] f = new ActivationFunction[n];
        java.util.Arrays.fill(f, Activation.TANH);
        return f;
    }
}
