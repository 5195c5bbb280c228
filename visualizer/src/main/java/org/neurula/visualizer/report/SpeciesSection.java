package org.neurula.visualizer.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.neurula.neat.engine.SpeciesState;
import org.neurula.visualizer.chart.RunMetrics;
import org.neurula.visualizer.chart.SpeciesPalette;

/**
 * The species alive in the last generation, largest first: size and history from the metrics, and,
 * when the newest checkpoint was written after that same generation, its species records.
 */
final class SpeciesSection {

    private SpeciesSection() {
    }

    /** One species of the last generation. */
    private record Alive(int id, int size) {
    }

    static Section of(RunMetrics metrics, Optional<CheckpointSpecies> checkpoint) {
        int last = metrics.lastIndex();
        int generation = metrics.generations()[last];
        int[] ids = metrics.speciesIds()[last];
        int[] sizes = metrics.speciesSizes()[last];
        if (ids.length == 0) {
            return new Section("species", "Species", "<p class=\"muted\">This run's metrics.jsonl records no species"
                    + " (the fixed-topology baseline has none).</p>");
        }
        List<Alive> alive = new ArrayList<>();
        int total = 0;
        for (int k = 0; k < ids.length; k++) {
            alive.add(new Alive(ids[k], sizes[k]));
            total += sizes[k];
        }
        alive.sort(Comparator.comparingInt((Alive a) -> -a.size()).thenComparingInt(Alive::id));
        Optional<CheckpointSpecies> records = checkpoint.filter(c -> c.lastGeneration() == generation);
        boolean history = metrics.speciesIdsRecorded();

        StringBuilder body = new StringBuilder("<p class=\"muted\">")
                .append(alive.size()).append(" species")
                .append(" in generation ").append(Html.count(generation)).append(", the last one")
                .append(history ? "." : "; this run's metrics.jsonl does not record species ids, so they are"
                        + " numbered by position.")
                .append("</p>\n<table class=\"grid\">\n<thead><tr><th>species</th><th class=\"num\">members</th>"
                        + "<th class=\"num\">share</th>");
        if (history) {
            body.append("<th class=\"num\">alive since generation</th><th class=\"num\">peak members</th>");
        }
        if (records.isPresent()) {
            body.append("<th class=\"num\">generations without improvement</th><th>representative</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (Alive species : alive) {
            body.append("<tr><td><span class=\"swatch\" style=\"background:")
                    .append(SpeciesPalette.cssHex(species.id())).append("\"></span>")
                    .append(history ? "" : "#").append(species.id()).append("</td><td class=\"num\">")
                    .append(Html.count(species.size())).append("</td><td class=\"num\">")
                    .append(Html.number(100.0 * species.size() / Math.max(1, total), 1)).append("&nbsp;%</td>");
            if (history) {
                body.append(historyCells(metrics, species.id(), records));
            }
            records.ifPresent(r -> body.append(recordCells(r, species.id())));
            body.append("</tr>\n");
        }
        return new Section("species", "Species", body.append("</tbody></table>").toString());
    }

    private static String historyCells(RunMetrics metrics, int id, Optional<CheckpointSpecies> records) {
        int first = -1;
        int peak = 0;
        int peakGeneration = -1;
        int[] generations = metrics.generations();
        for (int i = 0; i < metrics.size(); i++) {
            int size = metrics.speciesSize(i, id);
            if (size > 0 && first < 0) {
                first = generations[i];
            }
            if (size > peak) {
                peak = size;
                peakGeneration = generations[i];
            }
        }
        long born = records.map(r -> r.species().get(id)).map(SpeciesState::bornGeneration).orElse((long) first);
        return "<td class=\"num\">" + Html.count(born) + "</td><td class=\"num\">" + Html.count(peak)
                + " <span class=\"muted\">(generation " + Html.count(peakGeneration) + ")</span></td>";
    }

    private static String recordCells(CheckpointSpecies records, int id) {
        SpeciesState state = records.species().get(id);
        if (state == null) {
            return "<td>" + Html.NONE + "</td><td>" + Html.NONE + "</td>";
        }
        return "<td class=\"num\">" + Html.count(records.lastGeneration() - state.lastImprovedGeneration())
                + "</td><td class=\"nowrap\">" + Html.count(state.representative().hiddenCount()) + " hidden, "
                + Html.count(state.representative().enabledConnectionCount()) + " connections</td>";
    }
}
