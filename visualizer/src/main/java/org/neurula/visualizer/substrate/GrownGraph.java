package org.neurula.visualizer.substrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.spriteManager.Sprite;
import org.graphstream.ui.spriteManager.SpriteManager;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.LayeredLayout;
import org.neurula.visualizer.topology.PictureLegend;
import org.neurula.visualizer.topology.Placement;
import org.neurula.visualizer.topology.TopologyGraph;
import org.neurula.visualizer.topology.TopologyPicture;
import org.neurula.visualizer.topology.TopologyStyle;

/**
 * The graph of a genome with a grown network (an indirect encoding's phenotype), in two panels of one
 * GraphStream graph: on the left the CPPN — the genome, drawn by {@link TopologyGraph} exactly as a
 * direct-encoding genome (ids {@code n<id>}, {@code c<innovation>}, {@code neurula.panel = "cppn"}) —
 * and on the right the substrate network at its coordinates ({@link SubstrateLayout},
 * {@link SubstrateGraph}), each panel titled ("CPPN", "substrate network") by a sprite, each sheet
 * labelled below. Either panel can be drawn alone. The graph attribute {@value #NOTES} holds the lines
 * a legend adds: how the coordinates were projected, how many connections are drawn.
 */
public final class GrownGraph {

    /** Graph attribute: the legend's extra lines for a grown network, separated by {@code \n}. */
    public static final String NOTES = PictureLegend.NOTES;
    /** The value of {@code neurula.panel} on the CPPN's elements. */
    public static final String CPPN_PANEL = "cppn";
    /** The title of the CPPN panel. */
    public static final String CPPN_TITLE = "CPPN";
    /** The title of the substrate panel. */
    public static final String SUBSTRATE_TITLE = "substrate network";

    private static final String STYLE = """
            sprite.panelTitle { fill-mode: none; size: 1px; text-size: 15; text-style: bold; text-color: #202020; }
            sprite.sheetLabel { fill-mode: none; size: 1px; text-size: 11; text-color: #505050; }
            """;

    private GrownGraph() {
    }

    /**
     * The graph of {@code cppn} and the network grown from it, for a {@code width} × {@code height}
     * picture (which sizes the nodes); {@link Panels#CPPN} gives exactly {@link TopologyGraph}'s graph.
     */
    public static Graph build(Genome cppn, NetworkBlueprint network, DrawingOptions options, SubstrateOptions substrate,
            int width, int height) {
        if (substrate.panels() == Panels.CPPN) {
            Placement placement = LayeredLayout.of(cppn);
            return TopologyGraph.build(cppn, options, placement,
                    TopologyPicture.nodeSize(placement, width, height));
        }
        int sheets = SubstrateLayout.of(network, 0, 0, 1).sheets().size();
        double row = sheets + (sheets - 1) * SubstrateLayout.SHEET_GAP; // the substrate row's width, in sheets
        Graph graph;
        double left;
        double bottom;
        double size;
        double top;
        if (substrate.panels() == Panels.BOTH) {
            Placement placement = LayeredLayout.of(cppn);
            double[] extent = extent(placement);
            double cppnWidth = Math.max(1, extent[1] - extent[0]);
            double cppnHeight = Math.max(1, extent[2]);
            size = Math.max(1.2 * cppnHeight, 2.2 * cppnWidth / row); // the substrate gets about two thirds
            double gap = Math.max(1, 0.3 * size);
            double total = cppnWidth + gap + row * size;
            double pixels = pixelsPerUnit(width, height, total, Math.max(cppnHeight, size));
            int cppnPixels = (int) Math.max(16, pixels * (cppnWidth + 1));
            graph = TopologyGraph.build(cppn, options, placement,
                    TopologyPicture.nodeSize(placement, cppnPixels, height));
            graph.nodes().forEach(n -> n.setAttribute("neurula.panel", CPPN_PANEL));
            graph.edges().forEach(e -> e.setAttribute("neurula.panel", CPPN_PANEL));
            left = extent[1] + gap;
            bottom = (cppnHeight - size) / 2;
            top = Math.max(cppnHeight, bottom + size);
            title(graph, "title-cppn", CPPN_TITLE, (extent[0] + extent[1]) / 2, top + 0.12 * size);
            addSubstrate(graph, network, substrate, left, bottom, size, pixels, top);
        } else {
            size = 4;
            graph = new MultiGraph("grown", false, true);
            graph.setAttribute("ui.stylesheet", TopologyStyle.styleSheet(12, options.labels(), false));
            graph.setAttribute("ui.antialias");
            graph.setAttribute("ui.quality");
            double scale = 0;
            for (double w : network.weights()) {
                scale = Math.max(scale, Math.abs(w));
            }
            graph.setAttribute(TopologyGraph.WEIGHT_SCALE, scale);
            double pixels = pixelsPerUnit(width, height, row * size, size);
            addSubstrate(graph, network, substrate, 0, 0, size, pixels, size);
        }
        graph.setAttribute("ui.stylesheet", graph.getAttribute("ui.stylesheet") + STYLE);
        return graph;
    }

    private static void addSubstrate(Graph graph, NetworkBlueprint network, SubstrateOptions substrate, double left,
            double bottom, double size, double pixels, double top) {
        SubstratePlacement placement = SubstrateLayout.of(network, left, bottom, size);
        ConnectionSelection drawn = ConnectionSelection.strongest(network.weights(), substrate.maxConnections());
        int densest = 1;
        for (int s = 0; s < placement.sheets().size(); s++) {
            densest = Math.max(densest, placement.nodesIn(s));
        }
        double spacing = size * pixels / Math.max(1, Math.sqrt(densest) - 1);
        int nodeSize = (int) Math.max(4, Math.min(14, 0.45 * spacing));
        SubstrateGraph.addTo(graph, network, placement, drawn, nodeSize);
        title(graph, "title-substrate", SUBSTRATE_TITLE, (left + placement.right()) / 2, top + 0.12 * size);
        SpriteManager sprites = new SpriteManager(graph);
        for (int s = 0; s < placement.sheets().size(); s++) {
            SubstrateSheet sheet = placement.sheets().get(s);
            if (!sheet.label().isEmpty()) {
                Sprite label = sprites.addSprite("sheet-" + s);
                label.setPosition(sheet.left() + sheet.size() / 2, sheet.bottom() - 0.1 * size, 0);
                label.setAttribute("ui.class", "sheetLabel");
                label.setAttribute("ui.label", sheet.label());
            }
        }
        graph.setAttribute(NOTES, String.join("\n", notes(network, placement, drawn)));
    }

    /** What the legend says about the substrate panel. */
    static List<String> notes(NetworkBlueprint network, SubstratePlacement placement, ConnectionSelection drawn) {
        List<String> notes = new ArrayList<>();
        notes.add("substrate: " + network.nodeCount() + " nodes at their coordinates ("
                + placement.projection() + ")");
        if (drawn.capped()) {
            notes.add(String.format(Locale.ROOT, "the %,d strongest of %,d connections drawn (|w| \u2265 %.3g)",
                    drawn.kept().length, drawn.total(), drawn.threshold()));
        } else {
            notes.add(String.format(Locale.ROOT, "all %,d connections drawn", drawn.total()));
        }
        return notes;
    }

    private static void title(Graph graph, String id, String text, double x, double y) {
        Sprite title = new SpriteManager(graph).addSprite(id);
        title.setPosition(x, y, 0);
        title.setAttribute("ui.class", "panelTitle");
        title.setAttribute("ui.label", text);
    }

    /** Pixels per graph unit when a {@code units} × {@code unitsHigh} drawing fills the picture (roughly). */
    private static double pixelsPerUnit(int width, int height, double units, double unitsHigh) {
        return Math.max(1, Math.min((width - 60) / Math.max(1, units), (height - 60) / Math.max(1, unitsHigh * 1.3)));
    }

    /** min x, max x and max y of the CPPN's nodes and bends. */
    private static double[] extent(Placement placement) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double top = 0;
        for (int i = 0; i < placement.x().length; i++) {
            minX = Math.min(minX, placement.x()[i]);
            maxX = Math.max(maxX, placement.x()[i]);
            top = Math.max(top, placement.y()[i]);
        }
        for (double[] bend : placement.bends()) {
            if (bend != null) {
                for (int k = 0; k < bend.length; k += 2) {
                    minX = Math.min(minX, bend[k]);
                    maxX = Math.max(maxX, bend[k]);
                }
            }
        }
        return minX <= maxX ? new double[] {minX, maxX, top} : new double[] {0, 0, top};
    }

    /** Whether {@code node} belongs to the grown network's panel. */
    public static boolean inSubstrate(Node node) {
        return SubstrateGraph.PANEL.equals(node.getAttribute("neurula.panel"));
    }
}
