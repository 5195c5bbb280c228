package org.neurula.developmental.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;

/** Node placement, candidate connections and parameter problems of substrates. */
class SubstrateTest {

    @Test
    void twoDimensionalLayersSitAtEvenlySpacedHeights() {
        SubstrateParameters p = SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(3, 1),
                HiddenLayer.grid(2, 0)));
        Substrate s = Substrate.of(Geometry.lines(3, 2), p);
        assertEquals(3 + 1 + 2 + 3 + 2, s.nodeCount());
        assertEquals(3, s.biasIndex());
        assertEquals(6, s.firstHidden());
        // inputs as given, bias at the inputs' centroid, outputs as given
        assertEquals(-1.0, s.coordinate(0, 0));
        assertEquals(-1.0, s.coordinate(0, 1));
        assertEquals(0.0, s.coordinate(3, 0));
        assertEquals(-1.0, s.coordinate(3, 1));
        assertEquals(1.0, s.coordinate(5, 0));
        assertEquals(1.0, s.coordinate(5, 1));
        // hidden layer 0 at y = -1/3, layer 1 at y = 1/3
        for (int node = s.layerStart(0); node < s.layerEnd(0); node++) {
            assertEquals(-1.0 / 3, s.coordinate(node, 1), 1e-15);
        }
        assertEquals(-1.0, s.coordinate(s.layerStart(0), 0));
        assertEquals(0.0, s.coordinate(s.layerStart(0) + 1, 0));
        for (int node = s.layerStart(1); node < s.layerEnd(1); node++) {
            assertEquals(1.0 / 3, s.coordinate(node, 1), 1e-15);
        }
        assertEquals(Positions.of(2, s.coordinates()), s.positions());
    }

    @Test
    void threeDimensionalGridsSpanXAndYAtTheirZ() {
        Geometry g = new Geometry(Positions.grid(2, 2, -1.0), Positions.grid(1, 1, 1.0));
        Substrate s = Substrate.of(g, SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(3, 2))));
        assertEquals(3, s.dimensions());
        assertEquals(4 + 1 + 1 + 6, s.nodeCount());
        int h = s.firstHidden();
        assertEquals(-1.0, s.coordinate(h, 0));
        assertEquals(-1.0, s.coordinate(h, 1));
        assertEquals(0.0, s.coordinate(h, 2));
        assertEquals(1.0, s.coordinate(h + 5, 0));
        assertEquals(1.0, s.coordinate(h + 5, 1));
        assertEquals(0.0, s.coordinate(s.biasIndex(), 0));
        assertEquals(-1.0, s.coordinate(s.biasIndex(), 2));
    }

    @Test
    void explicitPointsAreKept() {
        Substrate s = Substrate.of(Geometry.lines(2, 1),
                SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.points(0.5, 0.25, -0.5, 0.75))));
        assertEquals(2, s.hiddenCount());
        assertEquals(0.5, s.coordinate(s.firstHidden(), 0));
        assertEquals(0.75, s.coordinate(s.firstHidden() + 1, 1));
    }

    @Test
    void candidateCounts() {
        Geometry g = Geometry.lines(4, 3);
        SubstrateParameters layered = SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(5, 1),
                HiddenLayer.grid(2, 1)));
        assertEquals(4 * 3, Substrate.of(g, SubstrateParameters.defaults()).candidateCount(false));
        assertEquals(5 * 3, Substrate.of(g, SubstrateParameters.defaults()).candidateCount(true));
        assertEquals(4 * 5 + 5 * 2 + 2 * 3, Substrate.of(g, layered).candidateCount(false));
        SubstrateParameters direct = new SubstrateParameters(layered.hidden(), Connectivity.FEED_FORWARD, true);
        assertEquals(4 * 5 + 5 * 2 + 2 * 3 + 4 * 3, Substrate.of(g, direct).candidateCount(false));
        Substrate recurrent = Substrate.of(g, layered.withConnectivity(Connectivity.RECURRENT));
        int targets = 3 + 7;
        assertEquals(4 * targets + targets * targets, recurrent.candidateCount(false));
        assertEquals(5 * targets + targets * targets, recurrent.candidateCount(true));
        assertTrue(recurrent.recurrent());
    }

    @Test
    void problemsNameTheKeyAndWhatIsAllowed() {
        SubstrateParameters bad = new SubstrateParameters(List.of(HiddenLayer.grid(0, 1), HiddenLayer.grid(3, 2),
                new HiddenLayer(2, 0, List.of(0.0, 0.0, 1.0))), Connectivity.RECURRENT, true);
        ParameterProblems problems = new ParameterProblems();
        bad.check(problems, "substrate", 2);
        List<String> paths = problems.problems().stream().map(ParameterProblems.Problem::path).toList();
        assertEquals(List.of("substrate.hidden[0].columns", "substrate.hidden[1].rows", "substrate.hidden[2].columns",
                "substrate.hidden[2].coordinates", "substrate.inputToOutput"), paths);
        assertTrue(problems.problems().get(0).message().contains("at least 1"));
        assertTrue(problems.problems().get(1).message().contains("must be 1 in a 2-D substrate"));
        assertTrue(problems.problems().get(3).message().contains("2 numbers per node"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Substrate.of(Geometry.lines(2, 1), bad));
        assertTrue(e.getMessage().contains("substrate.hidden[1].rows"), e.getMessage());
        ParameterProblems none = new ParameterProblems();
        SubstrateParameters.defaults().check(none, "substrate", 3);
        assertTrue(none.isEmpty());
    }
}
