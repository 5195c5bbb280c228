package org.neurula.visualizer.substrate;

import java.util.Locale;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.visualizer.topology.TopologyStyle;

/**
 * Adds a grown network to a GraphStream graph: one node per network node (id {@code s<index>}) at its
 * {@link SubstratePlacement}, one edge per selected connection (id {@code sc<index>}), styled like
 * {@link org.neurula.visualizer.topology.TopologyGraph}'s drawings (shape by kind, fill by activation,
 * blue positive and red negative links, width by |weight|) but with small nodes, thin translucent links
 * and no labels. Elements carry {@code neurula.panel = "substrate"} and their values: nodes
 * {@code neurula.id, kind, activation, bias, sheet, x, y(, z)}; edges {@code neurula.connection, weight,
 * enabled, recurrent, modulatory}.
 */
public final class SubstrateGraph {

    /** The value of {@code neurula.panel} on the grown network's elements. */
    public static final String PANEL = "substrate";

    private SubstrateGraph() {
    }

    /** The graph id of node {@code index} of the grown network. */
    public static String nodeId(int index) {
        return "s" + index;
    }

    /** The graph id of connection {@code index} of the grown network. */
    public static String edgeId(int index) {
        return "sc" + index;
    }

    /** Adds {@code network}'s nodes and the {@code drawn} connections to {@code graph}. */
    public static void addTo(Graph graph, NetworkBlueprint network, SubstratePlacement placement,
            ConnectionSelection drawn, int nodeSize) {
        Positions at = network.positions();
        for (int i = 0; i < network.nodeCount(); i++) {
            NodeKind kind = network.kinds()[i];
            Node node = graph.addNode(nodeId(i));
            node.setAttribute("xyz", placement.x()[i], placement.y()[i], 0.0);
            node.setAttribute("ui.class", TopologyStyle.nodeClass(kind));
            String activation = network.activations()[i].id();
            StringBuilder style = new StringBuilder(String.format(Locale.ROOT,
                    "size: %dpx; text-mode: hidden; stroke-width: %s;", nodeSize,
                    kind == NodeKind.OUTPUT ? "2px" : "0.8px"));
            if (kind != NodeKind.INPUT && kind != NodeKind.BIAS) {
                style.append(" fill-color: ").append(TopologyStyle.activationColour(activation)).append(';');
            }
            node.setAttribute("ui.style", style.toString());
            node.setAttribute("neurula.panel", PANEL);
            node.setAttribute("neurula.id", network.nodeIds()[i]);
            node.setAttribute("neurula.kind", kind.name().toLowerCase(Locale.ROOT));
            node.setAttribute("neurula.activation", activation);
            node.setAttribute("neurula.bias", network.biases()[i]);
            node.setAttribute("neurula.sheet", placement.sheets().get(placement.sheet()[i]).label());
            if (at != null) {
                String[] axes = {"neurula.x", "neurula.y", "neurula.z"};
                for (int a = 0; a < at.dimensions(); a++) {
                    node.setAttribute(axes[a], at.coordinate(i, a));
                }
            }
        }
        double scale = 0;
        for (double w : network.weights()) {
            scale = Math.max(scale, Math.abs(w));
        }
        int arrowLength = Math.max(3, nodeSize / 3);
        int arrowWidth = Math.max(2, nodeSize / 4);
        for (int c : drawn.kept()) {
            int source = network.sources()[c];
            int target = network.targets()[c];
            double weight = network.weights()[c];
            Edge edge = graph.addEdge(edgeId(c), nodeId(source), nodeId(target), true);
            boolean modulatory = network.isModulatory(c);
            edge.setAttribute("ui.class", (weight >= 0 ? "excitatory" : "inhibitory")
                    + (modulatory ? ", modulatory" : ""));
            edge.setAttribute("ui.style", style(weight, scale, arrowLength, arrowWidth));
            edge.setAttribute("neurula.panel", PANEL);
            edge.setAttribute("neurula.connection", c);
            edge.setAttribute("neurula.weight", weight);
            edge.setAttribute("neurula.enabled", true);
            edge.setAttribute("neurula.recurrent", source == target);
            edge.setAttribute("neurula.modulatory", modulatory);
        }
    }

    /** The width in pixels of a grown link of {@code weight} when the strongest has {@code scale}. */
    public static double width(double weight, double scale) {
        return 0.4 + 1.8 * (scale > 0 ? Math.min(1, Math.abs(weight) / scale) : 0);
    }

    private static String style(double weight, double scale, int arrowLength, int arrowWidth) {
        // translucent, so that where many links cross the picture shows their density and mix of signs
        String colour = TopologyStyle.edgeColour(weight, true) + "90";
        return String.format(Locale.ROOT, "fill-color: %s; size: %.2fpx; arrow-size: %dpx, %dpx;", colour,
                width(weight, scale), arrowLength, arrowWidth);
    }
}
