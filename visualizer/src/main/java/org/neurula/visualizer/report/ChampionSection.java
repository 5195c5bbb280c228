package org.neurula.visualizer.report;

import java.awt.image.BufferedImage;
import org.neurula.neat.genome.Genome;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.run.RunDirectory;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyPicture;

/** The run's champion: its topology and what it is. */
final class ChampionSection {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;

    private ChampionSection() {
    }

    static Section of(RunDirectory run) {
        GenomeFile champion;
        BufferedImage picture;
        try {
            champion = run.champion();
            picture = TopologyPicture.image(champion.genome(), DrawingOptions.defaults(), WIDTH, HEIGHT);
        } catch (RuntimeException e) {
            return Section.failed("champion", "Champion", "No champion picture: " + e.getMessage());
        }
        Genome genome = champion.genome();
        String body = "<div class=\"champion\">\n<figure>"
                + PngDataUri.img(picture, "Topology of the champion", "topology")
                + "<figcaption>Inputs at the bottom, outputs at the top; disabled connections are not drawn."
                + "</figcaption></figure>\n<table class=\"facts\">\n"
                + row("genome id", champion.id() < 0 ? Html.NONE : Html.count(champion.id()))
                + row("generation", champion.generation() < 0 ? Html.NONE : Html.count(champion.generation()))
                + row("fitness", Html.number(champion.fitness(), 6))
                + row("inputs", Html.count(genome.inputCount()))
                + row("outputs", Html.count(genome.outputCount()))
                + row("hidden nodes", Html.count(genome.hiddenCount()))
                + row("enabled connections", Html.count(genome.enabledConnectionCount()))
                + row("file", "<code>" + Html.escape(run.dir().relativize(champion.file()).toString()) + "</code>")
                + "</table>\n</div>";
        return new Section("champion", "Champion", body);
    }

    private static String row(String label, String valueHtml) {
        return "<tr><th>" + Html.escape(label) + "</th><td>" + valueHtml + "</td></tr>\n";
    }
}
