package org.neurula.visualizer.substrate;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.graphstream.graph.Graph;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.LayeredLayout;
import org.neurula.visualizer.topology.PictureLegend;
import org.neurula.visualizer.topology.Placement;
import org.neurula.visualizer.topology.TopologyGraph;
import org.neurula.visualizer.topology.TopologyPicture;

/**
 * The drawing of a genome file, whatever its encoding: a genome without a grown network is drawn by
 * {@link TopologyGraph} as it always was; one with a grown network (the {@code "phenotype"} of an
 * indirect encoding) by {@link GrownGraph}, the CPPN beside the substrate network unless
 * {@link SubstrateOptions#panels()} asks for one of them.
 */
public final class GenomeDrawing {

    private GenomeDrawing() {
    }

    /** The graph of {@code file}'s genome (and grown network) for a {@code width} × {@code height} picture. */
    public static Graph graph(GenomeFile file, DrawingOptions options, SubstrateOptions substrate, int width,
            int height) {
        if (file.phenotype().isEmpty() || substrate.panels() == Panels.CPPN) {
            Placement placement = LayeredLayout.of(file.genome());
            return TopologyGraph.build(file.genome(), options, placement,
                    TopologyPicture.nodeSize(placement, width, height));
        }
        return GrownGraph.build(file.genome(), file.phenotype().get(), options, substrate, width, height);
    }

    /** A {@code width} × {@code height} picture of {@code file}, with the legend column when asked and room allows. */
    public static BufferedImage picture(GenomeFile file, DrawingOptions options, SubstrateOptions substrate,
            int width, int height, boolean legend) {
        boolean grown = file.phenotype().isPresent() && substrate.panels() != Panels.CPPN;
        Graph graph = graph(file, options, substrate, grown && legend ? width - PictureLegend.WIDTH : width, height);
        return legend ? PictureLegend.image(graph, width, height) : TopologyPicture.image(graph, width, height);
    }

    /** One line about a file's grown network, or empty text when it has none. */
    public static String describe(GenomeFile file) {
        if (file.phenotype().isEmpty()) {
            return "";
        }
        NetworkBlueprint network = file.phenotype().get();
        String where = network.positions() == null ? "no coordinates"
                : network.positions().dimensions() + "-D coordinates";
        return String.format(Locale.ROOT, "grown network: %d nodes, %d connections, %s", network.nodeCount(),
                network.connectionCount(), where);
    }
}
