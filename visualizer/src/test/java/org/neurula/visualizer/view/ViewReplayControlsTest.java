package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.visualizer.topology.TopologyGraph;
import org.neurula.visualizer.topology.TopologyStyle;

/** The replay logic, on a graph without a window (Swing's light components work headless). */
class ViewReplayControlsTest {

    @TempDir
    Path dir;

    /** Connections 0 and 4 of the fixture, and 77 which the graph does not have, over three steps. */
    private static WeightTrace trace() {
        return new WeightTrace(new int[] {0, 4, 77},
                new double[][] {{2.5, -2.0, 1.0}, {1.0, 0.5, 1.0}, {-6.0, 3.0, 1.0}},
                new double[] {0, 0.5, 1}, 2.75);
    }

    private static double weight(Graph graph, int innovation) {
        return graph.getEdge(TopologyGraph.edgeId(innovation)).getNumber("neurula.weight");
    }

    @Test
    void applyingAFrameSetsItsWeightsOnTheEdgesItNames() {
        Graph graph = ViewFixtures.graph(dir, false);
        int applied = ReplayControls.applyFrame(graph, trace(), 2, 6.0, false);
        assertEquals(2, applied, "innovation 77 is not in the graph");
        assertEquals(-6.0, weight(graph, 0));
        assertEquals(3.0, weight(graph, 4));
        assertEquals(-3.0, weight(graph, 1), "untraced connections keep their weight");
        Edge first = graph.getEdge(TopologyGraph.edgeId(0));
        assertEquals(TopologyStyle.edgeStyle(-6.0, 6.0, true), first.getAttribute("ui.style"));
    }

    @Test
    void theControlsShowStepZeroAtOnceAndFrameKWhenAsked() {
        Graph graph = ViewFixtures.graph(dir, false);
        WeightTrace trace = trace();
        ReplayControls controls = new ReplayControls(trace, graph, true);
        assertEquals(0, controls.step());
        assertEquals(3, controls.steps());
        assertEquals(2.5, weight(graph, 0));
        controls.showStep(1);
        assertEquals(1, controls.step());
        assertEquals(1.0, weight(graph, 0));
        assertEquals(0.5, weight(graph, 4));
        assertEquals("1.00", graph.getEdge(TopologyGraph.edgeId(0)).getAttribute("ui.label"),
                "weight labels follow when the graph shows them");
        assertEquals(TopologyStyle.edgeStyle(0.5, trace.maxAbsWeight(), true),
                graph.getEdge(TopologyGraph.edgeId(4)).getAttribute("ui.style"), "widths use the lifetime's scale");
        controls.showStep(99);
        assertEquals(2, controls.step(), "clamped to the last step");
        assertEquals(-6.0, weight(graph, 0));
        controls.dispose();
    }

    @Test
    void playStartsOverAtTheEndAndPauseStops() {
        ReplayControls controls = new ReplayControls(trace(), ViewFixtures.graph(dir, false), false);
        controls.showStep(2);
        controls.play();
        assertTrue(controls.isPlaying());
        assertEquals(0, controls.step(), "playing from the last step starts over");
        controls.togglePlay();
        assertFalse(controls.isPlaying());
    }

    @Test
    void theStepTextNamesStepRewardAndFitness() {
        assertEquals("step 1 of 2, reward 0.50, lifetime fitness 2.7500", ReplayControls.stepText(trace(), 1));
    }
}
