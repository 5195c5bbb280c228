package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.visualizer.topology.TopologyGraph;

class ViewElementInfoTest {

    @TempDir
    Path dir;

    @Test
    void aNodeShowsIdKindActivationBiasAndLayer() {
        Graph graph = ViewFixtures.graph(dir, false);
        ElementInfo info = ElementInfo.of(graph.getNode(TopologyGraph.nodeId(4)));
        assertEquals("""
                Node 4
                kind: hidden
                activation: tanh
                bias: -0.5000
                layer: 1""", info.details());
        assertEquals("node 4: hidden, tanh", info.summary());
    }

    @Test
    void anEdgeShowsInnovationEndsWeightAndFlags() {
        Graph graph = ViewFixtures.graph(dir, false);
        ElementInfo info = ElementInfo.of(graph.getEdge(TopologyGraph.edgeId(4)));
        assertEquals("""
                Connection, innovation 4
                node 4 \u2192 node 3 (output)
                weight: -2.0000
                enabled: yes
                recurrent: no""", info.details());
        assertEquals("connection 4: node 4 \u2192 node 3 (output), weight -2.0000", info.summary());
    }

    @Test
    void disabledAndRecurrentConnectionsSaySo() {
        Graph graph = ViewFixtures.graph(dir, true);
        String disabled = ElementInfo.of(graph.getEdge(TopologyGraph.edgeId(5))).details();
        assertTrue(disabled.contains("node 1 (input) \u2192 node 4"), disabled);
        assertTrue(disabled.contains("enabled: no"), disabled);
        String recurrent = ElementInfo.of(graph.getEdge(TopologyGraph.edgeId(9))).details();
        assertTrue(recurrent.contains("recurrent: yes"), recurrent);
    }

    @Test
    void elementsWithoutGeneValuesShowQuestionMarks() {
        Graph graph = new org.graphstream.graph.implementations.MultiGraph("bare");
        graph.addNode("a");
        assertTrue(ElementInfo.of(graph.getNode("a")).details().contains("kind: ?"));
    }
}
