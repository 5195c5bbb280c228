package org.neurula.visualizer.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportTest {

    @Test
    void dotHasEveryNodeAndLinkWithPinnedPositionsAndGeneValues(@TempDir Path dir) throws IOException {
        Graph graph = TopologyGraph.build(Genomes.recurrent(), new DrawingOptions(true, false, true), 20);
        Path file = dir.resolve("g.dot");
        GraphExport.writeDot(graph, file);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.getFirst().startsWith("digraph"));
        long nodes = lines.stream().filter(l -> l.trim().startsWith("\"n") && !l.contains("->")).count();
        long edges = lines.stream().filter(l -> l.contains("->")).count();
        assertEquals(graph.getNodeCount(), nodes);
        assertEquals(graph.getEdgeCount(), edges);
        String output = lines.stream().filter(l -> l.trim().startsWith("\"n3\" [")).findFirst().orElseThrow();
        assertTrue(output.contains("\"shape\"=\"doublecircle\"") && output.contains("\"pos\"=\"") && output.contains("!\""));
        String disabled = lines.stream().filter(l -> l.contains("\"id\"=\"c0\"")).findFirst().orElseThrow();
        assertTrue(disabled.contains("\"style\"=\"dashed\"") && disabled.contains("\"innovation\"=0"));
        assertTrue(lines.stream().noneMatch(l -> l.contains("ui.")), "GraphStream's own style attributes stay out");
    }

    @Test
    void graphmlHasEveryNodeAndLinkWithTheirData(@TempDir Path dir) throws Exception {
        Graph graph = TopologyGraph.build(Genomes.chain(), DrawingOptions.defaults(), 20);
        Path file = dir.resolve("g.graphml");
        GraphExport.writeGraphML(graph, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals(graph.getNodeCount(), doc.getElementsByTagName("node").getLength());
        assertEquals(graph.getEdgeCount(), doc.getElementsByTagName("edge").getLength());
        assertEquals("directed", ((Element) doc.getElementsByTagName("graph").item(0)).getAttribute("edgedefault"),
                "a network is a directed graph (NetworkX refuses directed edges in an undirected graph)");
        NodeList edges = doc.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            org.graphstream.graph.Edge original = graph.getEdge(edge.getAttribute("id"));
            assertEquals(original.getSourceNode().getId(), edge.getAttribute("source"));
            assertEquals(original.getTargetNode().getId(), edge.getAttribute("target"));
        }
        NodeList keys = doc.getElementsByTagName("key");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < keys.getLength(); i++) {
            names.append(((Element) keys.item(i)).getAttribute("attr.name")).append(' ');
        }
        for (String key : new String[] {"kind", "activation", "bias", "layer", "x", "y", "innovation", "weight", "enabled"}) {
            assertTrue(names.toString().contains(key + " "), "key " + key + " in " + names);
        }
    }
}
