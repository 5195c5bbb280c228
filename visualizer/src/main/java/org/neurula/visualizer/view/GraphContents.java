package org.neurula.visualizer.view;

import java.util.Comparator;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * Swaps what a displayed graph holds: the viewer keeps listening to one graph for its whole life, and
 * showing another genome clears that graph and copies the new one's elements and attributes into it.
 * Sprites (graph attributes {@code ui.sprite.ID} and {@code ui.sprite.ID.KEY}) come along, each
 * sprite before its own attributes.
 */
public final class GraphContents {

    private GraphContents() {
    }

    /**
     * Makes {@code target} a copy of {@code source}: graph attributes (style sheet first), nodes, edges,
     * each with all their attributes, in {@code source}'s order.
     */
    public static void replace(Graph target, Graph source) {
        target.clear();
        if (source.hasAttribute("ui.stylesheet")) {
            target.setAttribute("ui.stylesheet", source.getAttribute("ui.stylesheet"));
        }
        // shorter keys first: ui.sprite.ID (which creates the sprite) before ui.sprite.ID.ui.label
        for (String key : source.attributeKeys().sorted(Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())).toList()) {
            if (!target.hasAttribute(key)) {
                target.setAttribute(key, source.getAttribute(key));
            }
        }
        for (Node n : source) {
            copyAttributes(n, target.addNode(n.getId()));
        }
        for (Edge e : source.edges().toList()) {
            copyAttributes(e, target.addEdge(e.getId(), e.getSourceNode().getId(), e.getTargetNode().getId(),
                    e.isDirected()));
        }
    }

    private static void copyAttributes(Element from, Element to) {
        for (String key : from.attributeKeys().toList()) {
            if (!to.hasAttribute(key)) {
                Object value = from.getAttribute(key);
                to.setAttribute(key, value);
            }
        }
    }
}
