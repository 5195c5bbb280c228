package org.neurula.visualizer.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.GrownNetworks;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.GraphExport;
import org.neurula.visualizer.topology.PictureLegend;
import org.neurula.visualizer.topology.TopologyGraph;

class GrownGraphTest {

    private static final Genome CPPN = GrownNetworks.cppn();
    private static final NetworkBlueprint SHEETS = GrownNetworks.sheets2d(5);

    private static Graph build(Panels panels, int max) {
        return GrownGraph.build(CPPN, SHEETS, DrawingOptions.defaults(), new SubstrateOptions(panels, max), 1000, 500);
    }

    private static Set<String> ids(Graph graph, String panel) {
        return graph.nodes().filter(n -> panel.equals(n.getAttribute("neurula.panel"))).map(Node::getId)
                .collect(Collectors.toSet());
    }

    @Test
    void bothPanelsHoldTheCppnsNodesAndTheSubstratesSeparatelyAndTitled() {
        Graph graph = build(Panels.BOTH, 0);
        Set<String> cppn = ids(graph, GrownGraph.CPPN_PANEL);
        Set<String> substrate = ids(graph, SubstrateGraph.PANEL);
        assertEquals(CPPN.nodes().size(), cppn.size());
        for (int i = 0; i < CPPN.nodes().size(); i++) {
            assertTrue(cppn.contains(TopologyGraph.nodeId(CPPN.nodes().id(i))));
        }
        assertEquals(SHEETS.nodeCount(), substrate.size());
        assertEquals(CPPN.nodes().size() + SHEETS.nodeCount(), graph.getNodeCount());
        assertEquals(CPPN.enabledConnectionCount() + SHEETS.connectionCount(), graph.getEdgeCount());
        assertEquals(GrownGraph.CPPN_TITLE, graph.getAttribute("ui.sprite.title-cppn.ui.label"));
        assertEquals(GrownGraph.SUBSTRATE_TITLE, graph.getAttribute("ui.sprite.title-substrate.ui.label"));
        double cppnRight = graph.nodes().filter(n -> cppn.contains(n.getId())).mapToDouble(GrownGraphTest::x).max()
                .orElseThrow();
        assertTrue(graph.nodes().filter(n -> substrate.contains(n.getId())).allMatch(n -> x(n) > cppnRight),
                "the substrate panel is right of the CPPN");
    }

    @Test
    void substrateNodesSitAtTheirCoordinatesScaled() {
        Graph graph = build(Panels.SUBSTRATE, 0);
        Node origin = graph.getNode(SubstrateGraph.nodeId(0));
        Node next = graph.getNode(SubstrateGraph.nodeId(1));
        double scale = (x(next) - x(origin)) / (SHEETS.positions().coordinate(1, 0) - SHEETS.positions().coordinate(0, 0));
        assertTrue(scale > 0);
        for (int i = 0; i < 25; i++) { // the input sheet
            Node n = graph.getNode(SubstrateGraph.nodeId(i));
            assertEquals(x(origin) + scale * (SHEETS.positions().coordinate(i, 0) - SHEETS.positions().coordinate(0, 0)),
                    x(n), 1e-9);
            assertEquals(y(origin) + scale * (SHEETS.positions().coordinate(i, 1) - SHEETS.positions().coordinate(0, 1)),
                    y(n), 1e-9);
            assertEquals(SHEETS.positions().coordinate(i, 0), n.getNumber("neurula.x"));
            assertEquals("input", n.getAttribute("neurula.kind"));
        }
        assertTrue(ids(graph, GrownGraph.CPPN_PANEL).isEmpty(), "--panels substrate: no CPPN");
    }

    @Test
    void theCapDrawsOnlyTheStrongestConnectionsAndTheLegendSaysSo() {
        Graph graph = build(Panels.BOTH, 40);
        double weakestDrawn = Double.POSITIVE_INFINITY;
        Set<Integer> drawn = new java.util.HashSet<>();
        for (Edge e : graph.edges().toList()) {
            if (SubstrateGraph.PANEL.equals(e.getAttribute("neurula.panel"))) {
                int c = ((Number) e.getAttribute("neurula.connection")).intValue();
                drawn.add(c);
                assertEquals(SHEETS.weights()[c], e.getNumber("neurula.weight"));
                weakestDrawn = Math.min(weakestDrawn, Math.abs(SHEETS.weights()[c]));
            }
        }
        assertEquals(40, drawn.size());
        for (int c = 0; c < SHEETS.connectionCount(); c++) {
            if (!drawn.contains(c)) {
                assertTrue(Math.abs(SHEETS.weights()[c]) <= weakestDrawn, "connection " + c + " is weaker than all drawn");
            }
        }
        String notes = String.join(" ", PictureLegend.notes(graph));
        assertTrue(notes.contains("the 40 strongest of " + SHEETS.connectionCount() + " connections"), notes);
        assertEquals(CPPN.enabledConnectionCount(), graph.edges()
                .filter(e -> GrownGraph.CPPN_PANEL.equals(e.getAttribute("neurula.panel"))).count(), "the CPPN is whole");
    }

    @Test
    void theCppnPanelAloneIsTheDirectDrawing() {
        Graph alone = build(Panels.CPPN, 0);
        Graph direct = TopologyGraph.build(CPPN, DrawingOptions.defaults(), 20);
        assertEquals(direct.nodes().map(Node::getId).collect(Collectors.toSet()),
                alone.nodes().map(Node::getId).collect(Collectors.toSet()));
        assertFalse(alone.hasAttribute(GrownGraph.NOTES));
    }

    @Test
    void aGenomeFileWithoutAPhenotypeIsDrawnAsBefore() {
        GenomeFile plain = new GenomeFile(CPPN, 1, 2, 0.5, Path.of("g.json"));
        Graph graph = GenomeDrawing.graph(plain, DrawingOptions.defaults(), SubstrateOptions.defaults(), 800, 600);
        assertEquals(CPPN.nodes().size(), graph.getNodeCount());
        assertTrue(graph.nodes().noneMatch(n -> n.hasAttribute("neurula.panel")));
        assertEquals("", GenomeDrawing.describe(plain));
    }

    @Test
    void picturesAndExportsOfBothPanels(@TempDir Path dir) throws IOException {
        GenomeFile file = new GenomeFile(CPPN, 1, 2, 0.5, Path.of("g.json"), java.util.Optional.of(SHEETS));
        BufferedImage picture = GenomeDrawing.picture(file, DrawingOptions.defaults(), SubstrateOptions.defaults(),
                900, 420, true);
        assertEquals(900, picture.getWidth());
        assertEquals(420, picture.getHeight());
        Graph graph = GenomeDrawing.graph(file, DrawingOptions.defaults(), SubstrateOptions.defaults(), 900, 420);
        GraphExport.writeGraphML(graph, dir.resolve("g.graphml"));
        String graphml = Files.readString(dir.resolve("g.graphml"));
        assertTrue(graphml.contains(">substrate<") && graphml.contains(">cppn<"), "the panel of each node is data");
        GraphExport.writeDot(graph, dir.resolve("g.dot"));
        assertTrue(Files.readString(dir.resolve("g.dot")).contains("\"s0\""));
        assertTrue(GenomeDrawing.describe(file).contains(SHEETS.nodeCount() + " nodes"));
    }

    private static double x(Node n) {
        return ((Number) ((Object[]) n.getAttribute("xyz"))[0]).doubleValue();
    }

    private static double y(Node n) {
        return ((Number) ((Object[]) n.getAttribute("xyz"))[1]).doubleValue();
    }
}
