package org.neurula.visualizer.report;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.neurula.developmental.hyperneat.CppnPattern;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.runs.Champion;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.heatmap.ExpressedWeights;
import org.neurula.visualizer.heatmap.HeatMap;
import org.neurula.visualizer.run.RunDirectory;
import org.neurula.visualizer.substrate.GenomeDrawing;
import org.neurula.visualizer.substrate.SubstrateOptions;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyPicture;

/**
 * The run's champion: its topology and what it is. A champion with a grown network (an indirect
 * encoding's phenotype) is drawn as its CPPN beside the substrate network, followed by a heat map of
 * the weights the grown network expresses from its central input and, when the run's config is there, a
 * heat map of the CPPN's own pattern from the same source.
 */
final class ChampionSection {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final int GROWN_WIDTH = 1000;
    private static final int GROWN_HEIGHT = 460;
    private static final int MAP_WIDTH = 520;
    private static final int MAP_HEIGHT = 420;

    private ChampionSection() {
    }

    static Section of(RunDirectory run) {
        GenomeFile champion;
        BufferedImage picture;
        try {
            champion = run.champion();
            picture = champion.phenotype().isPresent()
                    ? GenomeDrawing.picture(champion, DrawingOptions.defaults(), SubstrateOptions.defaults(),
                            GROWN_WIDTH, GROWN_HEIGHT, true)
                    : TopologyPicture.image(champion.genome(), DrawingOptions.defaults(), WIDTH, HEIGHT);
        } catch (RuntimeException e) {
            return Section.failed("champion", "Champion", "No champion picture: " + e.getMessage());
        }
        Genome genome = champion.genome();
        Optional<NetworkBlueprint> grown = champion.phenotype();
        String caption = grown.isPresent()
                ? "Left: the CPPN (the genome), inputs at the bottom. Right: the substrate network it grew, each node"
                        + " at its coordinates; the legend says how many of its connections are drawn."
                : "Inputs at the bottom, outputs at the top; disabled connections are not drawn.";
        StringBuilder body = new StringBuilder("<div class=\"champion\">\n<figure>")
                .append(PngDataUri.img(picture, grown.isPresent() ? "The champion's CPPN and substrate network"
                        : "Topology of the champion", "topology"))
                .append("<figcaption>").append(Html.escape(caption)).append("</figcaption></figure>\n");
        grown.ifPresent(network -> body.append(heatMap(network)));
        grown.ifPresent(network -> body.append(cppnHeatMap(champion, network)));
        body.append("<table class=\"facts\">\n")
                .append(row("genome id", champion.id() < 0 ? Html.NONE : Html.count(champion.id())))
                .append(row("generation", champion.generation() < 0 ? Html.NONE : Html.count(champion.generation())))
                .append(row("fitness", Html.number(champion.fitness(), 6)))
                .append(row("inputs", Html.count(genome.inputCount())))
                .append(row("outputs", Html.count(genome.outputCount())))
                .append(row("hidden nodes", Html.count(genome.hiddenCount())))
                .append(row("enabled connections", Html.count(genome.enabledConnectionCount())));
        grown.ifPresent(network -> body.append(row("grown nodes", Html.count(network.nodeCount())))
                .append(row("grown connections", Html.count(network.connectionCount()))));
        body.append(row("file", "<code>" + Html.escape(run.dir().relativize(champion.file()).toString()) + "</code>"))
                .append("</table>\n</div>");
        return new Section("champion", "Champion", body.toString());
    }

    /** The heat map of the central input's expressed weights, or a notice why there is none. */
    private static String heatMap(NetworkBlueprint network) {
        try {
            ExpressedWeights expressed = ExpressedWeights.of(network);
            int source = expressed.defaultSource();
            BufferedImage map = HeatMap.image(expressed.outgoing(source), expressed.x(source), expressed.y(source),
                    "weights from the " + expressed.describe(source), expressed.targets(source), Optional.empty(),
                    MAP_WIDTH, MAP_HEIGHT);
            return "<figure>" + PngDataUri.img(map, "Heat map of the weights from the " + expressed.describe(source),
                    "heatmap topology") + "<figcaption>" + Html.escape("The weights the grown network expresses from"
                    + " the " + expressed.describe(source) + " (ringed) over the sheet it connects to: red negative,"
                    + " white zero, blue positive; dots are the target nodes.") + "</figcaption></figure>\n";
        } catch (IllegalArgumentException e) {
            return "<p class=\"notice\">" + Html.escape("No heat map: " + e.getMessage()) + "</p>\n";
        }
    }

    /**
     * The heat map of the CPPN's own pattern from the same source over all of [-1, 1]² (what it would
     * paint at any resolution), when the run's config says how to read the CPPN and the substrate is
     * 2-D; otherwise nothing.
     */
    private static String cppnHeatMap(GenomeFile champion, NetworkBlueprint network) {
        Optional<CppnPattern> pattern;
        try {
            pattern = Champion.runConfig(champion.file())
                    .filter(config -> config.encoding().indirect())
                    .flatMap(config -> GenomeEncoding.of(config, config.task().create()).pattern(champion.genome()));
        } catch (RuntimeException e) {
            return "<p class=\"notice\">" + Html.escape("No CPPN heat map: " + e.getMessage()) + "</p>\n";
        }
        if (pattern.isEmpty() || pattern.get().dimensions() != 2) {
            return "";
        }
        ExpressedWeights expressed = ExpressedWeights.of(network);
        int source = expressed.defaultSource();
        CppnPattern cppn = pattern.get();
        BufferedImage map = HeatMap.image(cppn::weight, expressed.x(source), expressed.y(source), MAP_WIDTH,
                MAP_HEIGHT);
        return "<figure>" + PngDataUri.img(map, "Heat map of the CPPN's weight pattern", "heatmap topology")
                + "<figcaption>" + Html.escape("The CPPN's weight pattern from the same source over the whole square:"
                + " the weight it would give a target at each point (0 where the connection is not expressed), the"
                + " same at any substrate resolution.") + "</figcaption></figure>\n";
    }

    private static String row(String label, String valueHtml) {
        return "<tr><th>" + Html.escape(label) + "</th><td>" + valueHtml + "</td></tr>\n";
    }
}
