package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.spriteManager.SpriteManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewGraphContentsTest {

    @TempDir
    Path dir;

    @Test
    void theTargetBecomesACopyOfTheSource() {
        Graph source = ViewFixtures.graph(dir, true);
        Graph target = new MultiGraph("shown", false, true);
        target.addNode("old");
        target.setAttribute("stale", 1);
        GraphContents.replace(target, source);
        assertNull(target.getNode("old"));
        assertTrue(!target.hasAttribute("stale"));
        assertEquals(source.getNodeCount(), target.getNodeCount());
        assertEquals(source.getEdgeCount(), target.getEdgeCount());
        assertEquals(source.getAttribute("ui.stylesheet"), target.getAttribute("ui.stylesheet"));
        for (Node n : source) {
            Node copy = target.getNode(n.getId());
            assertArrayEquals((Object[]) n.getAttribute("xyz"), (Object[]) copy.getAttribute("xyz"));
            assertEquals(n.getAttribute("neurula.kind"), copy.getAttribute("neurula.kind"));
        }
        for (Edge e : source.edges().toList()) {
            Edge copy = target.getEdge(e.getId());
            assertEquals(e.getSourceNode().getId(), copy.getSourceNode().getId());
            assertEquals(e.isDirected(), copy.isDirected());
            assertEquals(e.getAttribute("ui.style"), copy.getAttribute("ui.style"));
            assertEquals(e.getAttribute("neurula.weight"), copy.getAttribute("neurula.weight"));
        }
    }

    @Test
    void spritesComeAlongWithTheirAttributes() {
        Graph source = new MultiGraph("with-sprite", false, true);
        source.addNode("a");
        SpriteManager sprites = new SpriteManager(source);
        sprites.addSprite("w1").setPosition(0.5, 1.5, 0);
        sprites.getSprite("w1").setAttribute("ui.label", "0.42");
        Graph target = new MultiGraph("shown", false, true);
        GraphContents.replace(target, source);
        SpriteManager copied = new SpriteManager(target);
        assertEquals("0.42", copied.getSprite("w1").getAttribute("ui.label"));
        assertEquals(1.5, copied.getSprite("w1").getY());
    }
}
