package org.neurula.visualizer.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSinkDOT;
import org.graphstream.stream.file.FileSinkGraphML;

/**
 * Writes a graph built by {@link TopologyGraph} as DOT (for Graphviz: {@code neato -n2 -Tsvg} keeps our
 * positions, {@code dot -Tsvg} lays it out anew) or GraphML (for yEd, Gephi, NetworkX), through
 * GraphStream's file sinks. Only gene values and drawing hints are exported, not GraphStream's own
 * style attributes.
 */
public final class GraphExport {

    /** Graph units to DOT points. */
    private static final double POINTS_PER_UNIT = 90;

    private GraphExport() {
    }

    /** Writes {@code topology} as a DOT digraph. */
    public static void writeDot(Graph topology, Path file) throws IOException {
        Graph dot = new MultiGraph("neurula", false, true);
        for (Node n : topology) {
            Node copy = dot.addNode(n.getId());
            String kind = (String) n.getAttribute("neurula.kind");
            double[] xy = position(n);
            copy.setAttribute("label", n.hasAttribute("ui.label") ? n.getAttribute("ui.label") : n.getId());
            copy.setAttribute("shape", switch (kind) {
                case "input" -> "box";
                case "bias" -> "diamond";
                case "output" -> "doublecircle";
                case "modulatory" -> "triangle";
                default -> "circle";
            });
            copy.setAttribute("style", "filled");
            copy.setAttribute("fillcolor", fill(n));
            copy.setAttribute("pos", String.format(Locale.ROOT, "%.1f,%.1f!", xy[0] * POINTS_PER_UNIT,
                    xy[1] * POINTS_PER_UNIT));
            copyGeneValues(n, copy);
        }
        double scale = topology.getNumber(TopologyGraph.WEIGHT_SCALE);
        for (Edge e : topology.edges().toList()) {
            Edge copy = dot.addEdge(e.getId(), e.getSourceNode().getId(), e.getTargetNode().getId(), true);
            double weight = e.getNumber("neurula.weight");
            boolean enabled = (Boolean) e.getAttribute("neurula.enabled");
            copy.setAttribute("id", e.getId());
            copy.setAttribute("label", String.format(Locale.ROOT, "%.2f", weight));
            copy.setAttribute("color", TopologyStyle.edgeColour(weight, enabled));
            copy.setAttribute("penwidth", Math.round(TopologyStyle.edgeWidth(weight, scale, enabled) * 100) / 100.0);
            if (!enabled) {
                copy.setAttribute("style", "dashed");
            } else if ((Boolean) e.getAttribute("neurula.recurrent")) {
                copy.setAttribute("constraint", "false");
            }
            copyGeneValues(e, copy);
        }
        prepare(file);
        new FileSinkDOT(true).writeAll(dot, file.toString());
    }

    /** Writes {@code topology} as GraphML: gene values and positions as data keys. */
    public static void writeGraphML(Graph topology, Path file) throws IOException {
        Graph graphml = new MultiGraph("neurula", false, true);
        for (Node n : topology) {
            Node copy = graphml.addNode(n.getId());
            copyGeneValues(n, copy);
            double[] xy = position(n);
            copy.setAttribute("x", xy[0]);
            copy.setAttribute("y", xy[1]);
        }
        for (Edge e : topology.edges().toList()) {
            copyGeneValues(e, graphml.addEdge(e.getId(), e.getSourceNode().getId(), e.getTargetNode().getId(), true));
        }
        prepare(file);
        new FileSinkGraphML().writeAll(graphml, file.toString());
        // GraphStream declares every graph undirected and marks each edge directed="true"; readers such as
        // NetworkX refuse that mix, and a network is directed, so say so for the whole graph
        String text = Files.readString(file);
        Files.writeString(file, text.replace("edgedefault=\"undirected\"", "edgedefault=\"directed\""));
    }

    /** Copies the {@code neurula.*} attributes without their prefix. */
    private static void copyGeneValues(org.graphstream.graph.Element from, org.graphstream.graph.Element to) {
        from.attributeKeys().filter(k -> k.startsWith("neurula.")).sorted()
                .forEach(k -> to.setAttribute(k.substring("neurula.".length()), from.getAttribute(k)));
    }

    private static double[] position(Node n) {
        Object[] xyz = (Object[]) n.getAttribute("xyz");
        return new double[] {((Number) xyz[0]).doubleValue(), ((Number) xyz[1]).doubleValue()};
    }

    private static String fill(Node n) {
        String kind = (String) n.getAttribute("neurula.kind");
        return switch (kind) {
            case "input" -> "#f4f4f4";
            case "bias" -> "#fff3b0";
            default -> TopologyStyle.activationColour((String) n.getAttribute("neurula.activation"));
        };
    }

    private static void prepare(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
