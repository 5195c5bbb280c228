package org.neurula.visualizer.report;

import java.util.List;
import org.neurula.neat.genome.Genome;
import org.neurula.visualizer.run.ChampionFile;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.run.RunDirectory;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyPicture;

/** The champions that improved on their predecessors, newest last, each with a small topology. */
final class ChampionHistorySection {

    /** At most this many of the newest improving champions are listed. */
    static final int LIMIT = 20;

    private static final int THUMBNAIL_WIDTH = 210;
    private static final int THUMBNAIL_HEIGHT = 120;
    private static final DrawingOptions THUMBNAIL = new DrawingOptions(false, false);

    private ChampionHistorySection() {
    }

    static Section of(RunDirectory run) {
        List<ChampionFile> all = run.improvingChampions();
        if (all.isEmpty()) {
            return new Section("improving", "Improving champions",
                    "<p class=\"muted\">The run saved no improving champions (champions/ is empty or missing).</p>");
        }
        List<ChampionFile> shown = all.subList(Math.max(0, all.size() - LIMIT), all.size());
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"muted\">")
                .append(shown.size() == all.size() ? "All " + all.size() + " champions"
                        : "The last " + shown.size() + " of " + all.size() + " champions")
                .append(" that beat every champion before them, from champions/.</p>\n")
                .append("<table class=\"grid\">\n<thead><tr><th class=\"num\">generation</th>"
                        + "<th class=\"num\">genome id</th><th class=\"num\">fitness</th>"
                        + "<th class=\"num\">hidden nodes</th><th class=\"num\">enabled connections</th><th>topology</th></tr></thead>\n<tbody>\n");
        for (ChampionFile file : shown) {
            body.append(row(run, file));
        }
        return new Section("improving", "Improving champions", body.append("</tbody></table>").toString());
    }

    private static String row(RunDirectory run, ChampionFile file) {
        String start = "<tr><td class=\"num\">" + Html.count(file.generation()) + "</td><td class=\"num\">"
                + Html.count(file.id()) + "</td>";
        try {
            GenomeFile loaded = run.load(file);
            Genome genome = loaded.genome();
            return start + "<td class=\"num\">" + Html.number(loaded.fitness(), 6) + "</td><td class=\"num\">"
                    + Html.count(genome.hiddenCount()) + "</td><td class=\"num\">"
                    + Html.count(genome.enabledConnectionCount()) + "</td><td>"
                    + PngDataUri.img(TopologyPicture.image(genome, THUMBNAIL, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT),
                            "Topology of genome " + file.id(), "thumbnail")
                    + "</td></tr>\n";
        } catch (RuntimeException e) {
            return start + "<td colspan=\"4\" class=\"notice\">" + Html.escape(e.getMessage()) + "</td></tr>\n";
        }
    }
}
