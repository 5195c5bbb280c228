package org.neurula.developmental.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.geometry.Positions;

class HiddenNodeSearchTest {

    private static final EsHyperNeatParameters DEFAULTS = EsHyperNeatParameters.defaults();
    private static final double H1X = 0.125;
    private static final double H1Y = -0.125;
    private static final double H2X = -0.625;
    private static final double H2Y = -0.625;

    private static boolean at(double x, double y, double px, double py) {
        return x == px && y == py;
    }

    /**
     * Every input (y = -1) connects to the two points h1 and h2, only h1 connects to the output (y = 1),
     * and h1 to itself: h2 lies on no input-to-output path.
     */
    private static final WeightPattern TWO_SPOTS = (x1, y1, x2, y2) -> {
        if (y2 == 1.0) {
            return at(x1, y1, H1X, H1Y) ? 1.0 : 0.0;
        }
        if (y1 == -1.0) {
            return at(x2, y2, H1X, H1Y) || at(x2, y2, H2X, H2Y) ? 1.0 : 0.0;
        }
        return at(x1, y1, H1X, H1Y) && at(x2, y2, H1X, H1Y) ? 1.0 : 0.0;
    };

    @Test
    void constantPatternIsDividedToTheInitialDepthAndExpressesNothing() {
        QuadTree tree = QuadTree.divide((x1, y1, x2, y2) -> 0.7, 0, -1, true, DEFAULTS);
        assertEquals(64, tree.leaves(), "depth 3 is an 8 × 8 grid");
        assertEquals(1 + 4 + 16 + 64, tree.size());
        assertEquals(0, tree.extract(DEFAULTS).count(), "no point differs from its neighbours");
    }

    @Test
    void varyingRegionsAreDividedDeeperUpToTheMaximumDepth() {
        EsHyperNeatParameters deeper = new EsHyperNeatParameters(2, 4, 0.03, 0.03, 0.3, 1);
        // the pattern varies only where the target's x is positive
        QuadTree varying = QuadTree.divide((x1, y1, x2, y2) -> x2 > 0 ? Math.sin(40 * x2 * y2) : 0.0, 0, -1, true,
                deeper);
        QuadTree flat = QuadTree.divide((x1, y1, x2, y2) -> 0.0, 0, -1, true, deeper);
        assertEquals(16, flat.leaves(), "a flat pattern stops at the initial depth (4 × 4)");
        assertTrue(varying.leaves() > 16 && varying.leaves() <= 16 + 8 * 4 + 32 * 4,
                "only the varying half is divided further: " + varying.leaves());
    }

    @Test
    void aNarrowStripeIsFoundAsItsBandOfCells() {
        // targets in the column of cells centred at x = 0.125 (width 0.25) differ from both sides
        WeightPattern stripe = (x1, y1, x2, y2) -> Math.abs(x2 - 0.125) < 0.1 ? 1.0 : 0.0;
        CandidatePoints found = QuadTree.divide(stripe, 0, -1, true, DEFAULTS).extract(DEFAULTS);
        assertEquals(8, found.count());
        for (int k = 0; k < found.count(); k++) {
            assertEquals(0.125, found.x(k));
            assertEquals(1.0, found.weight(k));
        }
    }

    @Test
    void keepsOnlyHiddenNodesOnAnInputToOutputPath() {
        DiscoveredNetwork net = new HiddenNodeSearch(DEFAULTS, 5.0, false)
                .search(TWO_SPOTS, Positions.line(2, -1.0), Positions.line(1, 1.0));
        assertEquals(1, net.hidden().count(), "h2 reaches no output");
        assertEquals(H1X, net.hidden().coordinate(0, 0));
        assertEquals(H1Y, net.hidden().coordinate(0, 1));
        // inputs 0 and 1, output 2, hidden 3
        assertArrayEquals(new int[] {0, 1, 3}, net.sources());
        assertArrayEquals(new int[] {3, 3, 2}, net.targets());
        assertArrayEquals(new double[] {5, 5, 5}, net.weights(), "CPPN weight 1 scaled by maxWeight 5");
    }

    @Test
    void recurrentModeKeepsHiddenCyclesAndFeedForwardModeNone() {
        DiscoveredNetwork recurrent = new HiddenNodeSearch(DEFAULTS, 5.0, true)
                .search(TWO_SPOTS, Positions.line(2, -1.0), Positions.line(1, 1.0));
        boolean selfLoop = false;
        for (int c = 0; c < recurrent.connectionCount(); c++) {
            selfLoop |= recurrent.sources()[c] == 3 && recurrent.targets()[c] == 3;
        }
        assertTrue(selfLoop, "h1 → h1 is kept in recurrent mode");
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            double a = random.nextDouble(-3, 3);
            double b = random.nextDouble(-3, 3);
            WeightPattern wavy = (x1, y1, x2, y2) -> Math.sin(a * x1 * x2 + b * y2) * Math.cos(3 * (y1 - x2));
            DiscoveredNetwork net = new HiddenNodeSearch(new EsHyperNeatParameters(3, 4, 0.03, 0.03, 0.3, 2),
                    5.0, false).search(wavy, Positions.line(3, -1.0), Positions.line(2, 1.0));
            int first = net.inputs() + net.outputs();
            for (int c = 0; c < net.connectionCount(); c++) {
                int s = net.sources()[c];
                int t = net.targets()[c];
                assertTrue(s < net.inputs() || s >= first, "no connection leaves an output");
                assertTrue(t >= net.inputs(), "no connection enters an input");
                if (s >= first && t >= first) {
                    assertTrue(t > s, "hidden connections run from earlier to later nodes");
                }
            }
        }
    }

    @Test
    void sameCppnSameNetwork() {
        WeightPattern wavy = (x1, y1, x2, y2) -> Math.sin(2.5 * x1 * x2 + 1.5 * y2) * Math.cos(3 * (y1 - x2));
        HiddenNodeSearch search = new HiddenNodeSearch(DEFAULTS, 5.0, false);
        DiscoveredNetwork a = search.search(wavy, Positions.line(3, -1.0), Positions.line(2, 1.0));
        DiscoveredNetwork b = search.search(wavy, Positions.line(3, -1.0), Positions.line(2, 1.0));
        assertEquals(a.hidden(), b.hidden());
        assertArrayEquals(a.sources(), b.sources());
        assertArrayEquals(a.targets(), b.targets());
        assertArrayEquals(a.weights(), b.weights());
    }

    @Test
    void refusesThreeDimensionalSubstrates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HiddenNodeSearch(DEFAULTS, 5.0,
                false).search(TWO_SPOTS, Positions.grid(2, 2, 0.0), Positions.grid(1, 1, 1.0)));
        assertTrue(e.getMessage().contains("2-D"), e.getMessage());
    }

    @Test
    void parameterProblemsNameTheKey() {
        ParameterProblems problems = new ParameterProblems();
        new EsHyperNeatParameters(4, 3, -1, 0.03, 0.3, 11).check(problems, "encoding.esHyperneat");
        assertEquals(3, problems.problems().size(), problems.problems().toString());
        assertEquals("encoding.esHyperneat.maxDepth", problems.problems().get(0).path());
        assertEquals("encoding.esHyperneat.divisionThreshold", problems.problems().get(1).path());
        assertEquals("encoding.esHyperneat.iterations", problems.problems().get(2).path());
        ParameterProblems none = new ParameterProblems();
        DEFAULTS.check(none, "x");
        assertTrue(none.problems().isEmpty());
    }
}
