package org.neurula.visualizer.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.Genome;

class TopologyGraphTest {

    @Test
    void oneNodePerNodeGeneAndOneEdgePerEnabledGene() {
        Genome g = Genomes.chain();
        Graph graph = TopologyGraph.build(g, DrawingOptions.defaults(), 20);
        assertEquals(g.nodes().size(), graph.getNodeCount());
        assertEquals(g.enabledConnectionCount(), graph.getEdgeCount());
        assertNull(graph.getEdge(TopologyGraph.edgeId(0)), "the disabled gene is left out by default");
        Graph all = TopologyGraph.build(g, new DrawingOptions(true, true, true), 20);
        assertEquals(g.connections().size(), all.getEdgeCount());
        assertTrue(classes(all.getEdge("c0")).contains("disabled"));
        assertFalse((Boolean) all.getEdge("c0").getAttribute("neurula.enabled"));
    }

    @Test
    void nodesCarryTheirGeneValuesClassAndPosition() {
        Genome g = Genomes.chain();
        Placement p = LayeredLayout.of(g);
        Graph graph = TopologyGraph.build(g, DrawingOptions.defaults(), p, 20);
        Node hidden = graph.getNode(TopologyGraph.nodeId(5));
        assertEquals(5, hidden.getAttribute("neurula.id"));
        assertEquals("hidden", hidden.getAttribute("neurula.kind"));
        assertEquals("relu", hidden.getAttribute("neurula.activation"));
        assertEquals(0.5, hidden.getNumber("neurula.bias"));
        assertEquals(2, hidden.getAttribute("neurula.layer"));
        assertEquals("hiddenNode", hidden.getAttribute("ui.class"));
        assertTrue(((String) hidden.getAttribute("ui.style")).contains(TopologyStyle.activationColour("relu")));
        assertEquals("5", hidden.getAttribute("ui.label"));
        Object[] xyz = (Object[]) hidden.getAttribute("xyz");
        assertEquals(p.x()[p.indexOf(5)], ((Number) xyz[0]).doubleValue());
        assertEquals(2.0, ((Number) xyz[1]).doubleValue());
        assertEquals("inputNode", graph.getNode("n0").getAttribute("ui.class"));
        assertEquals("biasNode", graph.getNode("n2").getAttribute("ui.class"));
        assertEquals("outputNode", graph.getNode("n3").getAttribute("ui.class"));
        assertEquals("modulatoryNode",
                TopologyGraph.build(Genomes.wide(), DrawingOptions.defaults(), 20).getNode("n20").getAttribute("ui.class"));
    }

    @Test
    void edgesShowSignByColourAndStrengthByWidth() {
        Graph graph = TopologyGraph.build(Genomes.chain(), DrawingOptions.defaults(), 20);
        Edge strongNegative = graph.getEdge("c2"); // -4.0, the strongest
        Edge weakNegative = graph.getEdge("c4"); // -0.5
        Edge positive = graph.getEdge("c5"); // 3.0
        assertTrue(classes(strongNegative).contains("inhibitory"));
        assertTrue(classes(positive).contains("excitatory"));
        assertTrue(style(strongNegative).contains(TopologyStyle.INHIBITORY));
        assertTrue(style(positive).contains(TopologyStyle.EXCITATORY));
        assertTrue(width(strongNegative) > width(positive) && width(positive) > width(weakNegative));
        assertEquals(6.0, width(strongNegative), 1e-9, "the strongest link gets the full width");
        assertEquals(4.0, graph.getNumber(TopologyGraph.WEIGHT_SCALE));
        assertEquals(5, graph.getEdge("c5").getAttribute("neurula.innovation"));
        assertEquals(3.0, graph.getEdge("c5").getNumber("neurula.weight"));
    }

    @Test
    void recurrentLinksAreMarkedAndLongLinksRouted() {
        Graph graph = TopologyGraph.build(Genomes.recurrent(), DrawingOptions.defaults(), 20);
        for (String id : new String[] {"c7", "c8", "c9"}) {
            assertTrue(classes(graph.getEdge(id)).contains("recurrent"), id);
            assertTrue((Boolean) graph.getEdge(id).getAttribute("neurula.recurrent"), id);
        }
        for (String id : new String[] {"c3", "c5", "c6"}) {
            assertFalse(classes(graph.getEdge(id)).contains("recurrent"), id);
        }
        Edge routed = graph.getEdge("c1"); // 1 → 3 across four layers
        assertTrue(classes(routed).contains("routed"));
        double[] points = (double[]) routed.getAttribute("ui.points");
        assertEquals(12, points.length, "source, two bends, target");
        assertEquals(0.0, points[1]);
        assertEquals(3.0, points[10]);
        assertTrue(TopologyStyle.styleSheet(20, true, false).contains("edge.curved { shape: cubic-curve; }"));
        assertTrue(classes(graph.getEdge("c8")).contains("curved"), "the self-loop is a curve");
    }

    @Test
    void modulatoryLinksAreMarked() {
        Graph graph = TopologyGraph.build(Genomes.wide(), DrawingOptions.defaults(), 20);
        long modulatory = graph.edges().filter(e -> (Boolean) e.getAttribute("neurula.modulatory")).count();
        assertEquals(1, modulatory, "only 20 → 3 leaves the modulatory node");
        assertTrue(classes(graph.getEdge("c21")).contains("modulatory"));
    }

    @Test
    void labelsOnlyOnDemand() {
        Graph plain = TopologyGraph.build(Genomes.chain(), new DrawingOptions(false, false, false), 20);
        assertTrue(plain.nodes().noneMatch(n -> n.hasAttribute("ui.label")));
        assertTrue(plain.edges().noneMatch(e -> e.hasAttribute("ui.label")));
        Graph weights = TopologyGraph.build(Genomes.chain(), new DrawingOptions(false, true, false), 20);
        assertEquals("3.00", weights.getEdge("c5").getAttribute("ui.label"));
        assertFalse(weights.getEdge("c1").hasAttribute("ui.label"), "a bent link's weight sits on a sprite");
        assertTrue(weights.hasAttribute("ui.sprite.w1"));
    }

    @Test
    void setWeightRestylesAnEdgeAndFlipsItsSignClass() {
        Graph graph = TopologyGraph.build(Genomes.chain(), new DrawingOptions(true, true, false), 20);
        Edge edge = graph.getEdge("c5");
        TopologyGraph.setWeight(edge, -2.0, 4.0, true);
        assertEquals(-2.0, edge.getNumber("neurula.weight"));
        assertTrue(classes(edge).contains("inhibitory"));
        assertFalse(classes(edge).contains("excitatory"));
        assertTrue(style(edge).contains(TopologyStyle.INHIBITORY));
        assertEquals(3.5, width(edge), 1e-9);
        assertEquals("-2.00", edge.getAttribute("ui.label"));
        TopologyGraph.setWeight(graph.getEdge("c1"), 0.125, 4.0, true);
        assertEquals("0.13", graph.getAttribute("ui.sprite.w1.ui.label"), "a bent link's label is on its sprite");
        assertFalse(graph.getEdge("c1").hasAttribute("ui.label"));
    }

    private static Set<String> classes(Edge e) {
        return Arrays.stream(((String) e.getAttribute("ui.class")).split(",")).map(String::trim)
                .collect(Collectors.toSet());
    }

    private static String style(Edge e) {
        return (String) e.getAttribute("ui.style");
    }

    private static double width(Edge e) {
        String s = style(e);
        int at = s.indexOf("size: ");
        return Double.parseDouble(s.substring(at + 6, s.indexOf("px", at)));
    }
}
