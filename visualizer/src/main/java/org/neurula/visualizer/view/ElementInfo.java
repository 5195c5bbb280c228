package org.neurula.visualizer.view;

import java.util.Locale;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Node;
import org.neurula.visualizer.substrate.SubstrateGraph;

/**
 * What the window says about a node or connection of a graph built by
 * {@link org.neurula.visualizer.topology.TopologyGraph}, read from its {@code neurula.*} attributes:
 * a one-line summary (tooltip) and a few lines of details (info panel).
 *
 * @param summary one line, such as {@code "node 4: hidden, tanh"}
 * @param details the gene's values, one per line
 */
public record ElementInfo(String summary, String details) {

    /** The info of a node or an edge; other elements get their id only. */
    public static ElementInfo of(Element element) {
        return switch (element) {
            case Node n -> of(n);
            case Edge e -> of(e);
            default -> new ElementInfo(element.getId(), element.getId());
        };
    }

    /** The info of a node: id, kind, activation, bias, layer. */
    public static ElementInfo of(Node node) {
        String id = text(node, "neurula.id");
        String kind = text(node, "neurula.kind");
        String activation = text(node, "neurula.activation");
        if (SubstrateGraph.PANEL.equals(node.getAttribute("neurula.panel"))) {
            String sheet = text(node, "neurula.sheet");
            String at = "(" + number(node, "neurula.x") + ", " + number(node, "neurula.y")
                    + (node.hasAttribute("neurula.z") ? ", " + number(node, "neurula.z") : "") + ")";
            String details = String.join("\n",
                    "Grown node " + id,
                    "kind: " + kind,
                    "activation: " + activation,
                    "bias: " + number(node, "neurula.bias"),
                    "at: " + at + (sheet.isEmpty() ? "" : ", " + sheet));
            return new ElementInfo("grown node " + id + ": " + kind + " at " + at, details);
        }
        String details = String.join("\n",
                "Node " + id,
                "kind: " + kind,
                "activation: " + activation,
                "bias: " + number(node, "neurula.bias"),
                "layer: " + text(node, "neurula.layer"));
        return new ElementInfo("node " + id + ": " + kind + ", " + activation, details);
    }

    /** The info of an edge: innovation, from → to, weight, enabled, recurrent (and modulatory). */
    public static ElementInfo of(Edge edge) {
        String innovation = text(edge, "neurula.innovation");
        String from = endpoint(edge.getSourceNode());
        String to = endpoint(edge.getTargetNode());
        String weight = number(edge, "neurula.weight");
        if (SubstrateGraph.PANEL.equals(edge.getAttribute("neurula.panel"))) {
            String details = "Grown connection " + text(edge, "neurula.connection") + "\n" + from + " \u2192 " + to
                    + "\nweight: " + weight + (Boolean.TRUE.equals(edge.getAttribute("neurula.modulatory"))
                            ? "\nmodulatory: yes" : "");
            return new ElementInfo("grown connection: " + from + " \u2192 " + to + ", weight " + weight, details);
        }
        StringBuilder details = new StringBuilder()
                .append("Connection, innovation ").append(innovation).append('\n')
                .append(from).append(" \u2192 ").append(to).append('\n')
                .append("weight: ").append(weight).append('\n')
                .append("enabled: ").append(yesNo(edge, "neurula.enabled")).append('\n')
                .append("recurrent: ").append(yesNo(edge, "neurula.recurrent"));
        if (Boolean.TRUE.equals(edge.getAttribute("neurula.modulatory"))) {
            details.append('\n').append("modulatory: yes");
        }
        String summary = "connection " + innovation + ": " + from + " \u2192 " + to + ", weight " + weight;
        return new ElementInfo(summary, details.toString());
    }

    private static String endpoint(Node node) {
        String id = text(node, "neurula.id");
        String kind = text(node, "neurula.kind");
        return "node " + id + (kind.equals("hidden") ? "" : " (" + kind + ")");
    }

    private static String text(Element e, String key) {
        Object value = e.getAttribute(key);
        return value == null ? "?" : value.toString();
    }

    private static String number(Element e, String key) {
        Object value = e.getAttribute(key);
        return value instanceof Number n ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "?";
    }

    private static String yesNo(Element e, String key) {
        Object value = e.getAttribute(key);
        return value instanceof Boolean b ? (b ? "yes" : "no") : "?";
    }
}
