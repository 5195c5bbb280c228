package org.neurula.visualizer.topology;

import java.util.Locale;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.spriteManager.Sprite;
import org.graphstream.ui.spriteManager.SpriteManager;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * Builds the GraphStream graph of a genome: one node per node gene (id {@code n<id>}), one edge per
 * enabled connection gene (id {@code c<innovation>}), and per disabled gene when asked. Positions come
 * from a {@link Placement} ({@code xyz}); style classes and per-element styles from
 * {@link TopologyStyle}; links spanning several layers are polylines through the placement's bends
 * ({@code ui.points}, class {@code routed}); other links against the flow are curves (class
 * {@code curved}). Every element also carries its gene's values, for tests, exports and the
 * viewer's tooltips: nodes {@code neurula.id}, {@code neurula.kind}, {@code neurula.activation},
 * {@code neurula.bias}, {@code neurula.layer}; edges {@code neurula.innovation}, {@code neurula.weight},
 * {@code neurula.enabled}, {@code neurula.recurrent}, {@code neurula.modulatory}.
 */
public final class TopologyGraph {

    /** Graph attribute holding the largest |weight| of the enabled links (the width scale). */
    public static final String WEIGHT_SCALE = "neurula.weightScale";

    private TopologyGraph() {
    }

    /** The graph of {@code genome}, laid out in layers, with a style sheet for nodes of {@code nodeSize} px. */
    public static Graph build(Genome genome, DrawingOptions options, int nodeSize) {
        return build(genome, options, LayeredLayout.of(genome), nodeSize);
    }

    /** The graph of {@code genome} with its nodes at {@code placement}. */
    public static Graph build(Genome genome, DrawingOptions options, Placement placement, int nodeSize) {
        Graph graph = new MultiGraph("genome", false, true);
        graph.setAttribute("ui.stylesheet", TopologyStyle.styleSheet(nodeSize, options.labels(), options.weights()));
        graph.setAttribute("ui.antialias");
        graph.setAttribute("ui.quality");
        NodeGenes nodes = genome.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            int id = nodes.id(i);
            NodeKind kind = nodes.kind(i);
            Node node = graph.addNode(nodeId(id));
            int p = placement.indexOf(id);
            node.setAttribute("xyz", placement.x()[p], placement.y()[p], 0.0);
            node.setAttribute("ui.class", TopologyStyle.nodeClass(kind));
            String activation = nodes.activation(i).id();
            if (kind != NodeKind.INPUT && kind != NodeKind.BIAS) {
                node.setAttribute("ui.style", "fill-color: " + TopologyStyle.activationColour(activation) + ";");
            }
            if (options.labels()) {
                node.setAttribute("ui.label", label(id, kind));
            }
            node.setAttribute("neurula.id", id);
            node.setAttribute("neurula.kind", kind.name().toLowerCase(Locale.ROOT));
            node.setAttribute("neurula.activation", activation);
            node.setAttribute("neurula.bias", nodes.bias(i));
            node.setAttribute("neurula.layer", placement.layer()[p]);
        }
        ConnectionGenes genes = genome.connections();
        double scale = 0;
        for (int c = 0; c < genes.size(); c++) {
            if (genes.enabled(c)) {
                scale = Math.max(scale, Math.abs(genes.weight(c)));
            }
        }
        graph.setAttribute(WEIGHT_SCALE, scale);
        SpriteManager sprites = new SpriteManager(graph);
        for (int c = 0; c < genes.size(); c++) {
            boolean enabled = genes.enabled(c);
            if (!enabled && !options.showDisabled()) {
                continue;
            }
            int source = genes.source(c);
            int target = genes.target(c);
            Edge edge = graph.addEdge(edgeId(genes.innovation(c)), nodeId(source), nodeId(target), true);
            boolean recurrent = placement.layer()[placement.indexOf(target)]
                    <= placement.layer()[placement.indexOf(source)];
            boolean modulatory = nodes.kind(nodes.indexOf(source)) == NodeKind.MODULATORY;
            double weight = genes.weight(c);
            double[] bend = placement.bends()[c];
            boolean routed = bend != null && enabled;
            StringBuilder classes = new StringBuilder(weight >= 0 ? "excitatory" : "inhibitory");
            if (recurrent) {
                classes.append(", recurrent");
                if (!routed) {
                    classes.append(", curved"); // a routed link is a polyline either way
                }
            }
            if (!enabled) {
                classes.append(", disabled");
            }
            if (modulatory) {
                classes.append(", modulatory");
            }
            edge.setAttribute("ui.class", classes.toString());
            edge.setAttribute("ui.style", TopologyStyle.edgeStyle(weight, scale, enabled));
            if (routed) {
                classes.append(", routed");
                edge.setAttribute("ui.class", classes.toString());
                edge.setAttribute("ui.points", route(placement, source, target, bend));
            }
            if (options.weights()) {
                String text = String.format(Locale.ROOT, "%.2f", weight);
                if (routed) {
                    // GraphStream puts an edge's label halfway along the straight line; on a bent link that
                    // is off the drawn path, so the weight goes on a sprite at the middle bend instead
                    Sprite label = sprites.addSprite("w" + genes.innovation(c));
                    int middle = bend.length / 4;
                    label.setPosition(bend[2 * middle], bend[2 * middle + 1], 0);
                    label.setAttribute("ui.class", "weight");
                    label.setAttribute("ui.label", text);
                } else {
                    edge.setAttribute("ui.label", text);
                }
            }
            edge.setAttribute("neurula.innovation", genes.innovation(c));
            edge.setAttribute("neurula.weight", weight);
            edge.setAttribute("neurula.enabled", enabled);
            edge.setAttribute("neurula.recurrent", recurrent);
            edge.setAttribute("neurula.modulatory", modulatory);
        }
        fitBends(placement, sprites);
        return graph;
    }

    /**
     * GraphStream fits its view to the nodes and free sprites; bends of long links can lie further out
     * than any node, so two invisible sprites mark the corners of the bends' extent.
     */
    private static void fitBends(Placement placement, SpriteManager sprites) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (double[] bend : placement.bends()) {
            if (bend != null) {
                for (int k = 0; k < bend.length; k += 2) {
                    minX = Math.min(minX, bend[k]);
                    maxX = Math.max(maxX, bend[k]);
                }
            }
        }
        double top = 0;
        for (double y : placement.y()) {
            top = Math.max(top, y);
        }
        if (minX <= maxX) {
            Sprite low = sprites.addSprite("bounds-min");
            low.setPosition(minX, 0, 0);
            low.setAttribute("ui.class", "bounds");
            Sprite high = sprites.addSprite("bounds-max");
            high.setPosition(maxX, top, 0);
            high.setAttribute("ui.class", "bounds");
        }
    }

    /**
     * Restyles {@code edge} for a new weight (lifetime replay): colour, class and width against the
     * given scale, and its weight label when {@code labels}.
     */
    public static void setWeight(Edge edge, double weight, double scale, boolean labels) {
        edge.setAttribute("neurula.weight", weight);
        edge.setAttribute("ui.style", TopologyStyle.edgeStyle(weight, scale, true));
        Object classes = edge.getAttribute("ui.class");
        if (classes instanceof String c) {
            edge.setAttribute("ui.class", (weight >= 0 ? "excitatory" : "inhibitory")
                    + c.replaceFirst("^(excitatory|inhibitory)", ""));
        }
        if (labels) {
            String text = String.format(Locale.ROOT, "%.2f", weight);
            // a sprite's attributes live on the graph as ui.sprite.<id>.<name>; set it there rather than
            // through a new SpriteManager, which would stay registered on the graph
            Graph graph = edge.getSourceNode().getGraph();
            String sprite = "ui.sprite.w" + edge.getAttribute("neurula.innovation");
            if (graph.hasAttribute(sprite)) {
                graph.setAttribute(sprite + ".ui.label", text);
            } else {
                edge.setAttribute("ui.label", text);
            }
        }
    }

    /** The polyline from the source through the bends to the target, as x, y, z triples. */
    private static double[] route(Placement placement, int source, int target, double[] bend) {
        int s = placement.indexOf(source);
        int t = placement.indexOf(target);
        int points = bend.length / 2 + 2;
        double[] xyz = new double[3 * points];
        xyz[0] = placement.x()[s];
        xyz[1] = placement.y()[s];
        for (int k = 0; k < bend.length / 2; k++) {
            xyz[3 * (k + 1)] = bend[2 * k];
            xyz[3 * (k + 1) + 1] = bend[2 * k + 1];
        }
        xyz[3 * (points - 1)] = placement.x()[t];
        xyz[3 * (points - 1) + 1] = placement.y()[t];
        return xyz;
    }

    /** The graph id of node {@code id}. */
    public static String nodeId(int id) {
        return "n" + id;
    }

    /** The graph id of the connection gene with {@code innovation}. */
    public static String edgeId(int innovation) {
        return "c" + innovation;
    }

    private static String label(int id, NodeKind kind) {
        return switch (kind) {
            case BIAS -> "b";
            default -> Integer.toString(id);
        };
    }
}
