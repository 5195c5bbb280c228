package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.visualizer.GrownNetworks;
import org.neurula.visualizer.substrate.GrownGraph;
import org.neurula.visualizer.substrate.Panels;
import org.neurula.visualizer.substrate.SubstrateGraph;
import org.neurula.visualizer.substrate.SubstrateOptions;
import org.neurula.visualizer.topology.DrawingOptions;

/** What {@code neurula view} says about a grown network, without a window. */
class ViewGrownNetworkTest {

    @Test
    void theWindowDescribesGrownNodesAndConnections() {
        Graph graph = GrownGraph.build(GrownNetworks.cppn(), GrownNetworks.sheets3d(3), DrawingOptions.defaults(),
                new SubstrateOptions(Panels.BOTH, 0), 900, 600);
        ElementInfo node = ElementInfo.of(graph.getNode(SubstrateGraph.nodeId(4)));
        assertEquals("grown node 4: input at (0.0000, 0.0000, -1.0000)", node.summary());
        assertTrue(node.details().contains("z = -1"), node.details());
        ElementInfo edge = ElementInfo.of(graph.getEdge(SubstrateGraph.edgeId(0)));
        assertTrue(edge.summary().startsWith("grown connection: node 0 (input) \u2192 node"), edge.summary());
        assertFalse(edge.details().contains("innovation"));
        assertTrue(ElementInfo.of(graph.getNode("n6")).summary().startsWith("node 6: hidden"), "the CPPN as before");
    }

    @Test
    void badPanelsAreBadInputBeforeAnyWindow(@TempDir Path dir) {
        Path file = GrownNetworks.write(dir.resolve("g.json"), GrownNetworks.sheets2d(3));
        CliRun run = CliRun.of("view", file.toString(), "--panels", "left");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("give both, cppn or substrate"), run.err());
        assertTrue(CliRun.of("view", "--help").out().contains("--max-connections"));
    }
}
