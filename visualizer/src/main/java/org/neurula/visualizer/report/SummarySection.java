package org.neurula.visualizer.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neurula.visualizer.chart.RunMetrics;

/**
 * The run's outcome: from {@code summary.json} when the run finished, else what {@code metrics.jsonl}
 * tells so far.
 */
final class SummarySection {

    /** Keys shown in their own rows; any other key of summary.json is listed after them as it is. */
    private static final Set<String> SHOWN = Set.of("name", "task", "seed", "solved", "evaluations", "generations",
            "bestFitness", "championGeneration", "hiddenNodes", "enabledConnections", "timing", "championValidation",
            "championValidationBlocked", "references");

    private SummarySection() {
    }

    /**
     * @param summaryProblem why summary.json could not be read, or {@code null} if it was read or is
     *                       simply absent
     */
    static Section of(Optional<JsonNode> summary, String summaryProblem, Optional<RunMetrics> metrics) {
        List<String[]> rows = new ArrayList<>();
        String intro;
        if (summary.isPresent()) {
            intro = "";
            finishedRun(summary.get(), metrics, rows);
        } else if (metrics.isPresent()) {
            intro = summaryProblem != null
                    ? "<p class=\"notice\">" + Html.escape(summaryProblem) + "</p>\n"
                    : "<p class=\"muted\">No summary.json: the run is still going, or it was stopped before it"
                            + " finished. The figures below come from metrics.jsonl.</p>\n";
            unfinishedRun(metrics.get(), rows);
        } else {
            return Section.failed("summary", "Summary", summaryProblem != null ? summaryProblem
                    : "Neither summary.json nor a readable metrics.jsonl: nothing to summarise yet.");
        }
        StringBuilder body = new StringBuilder(intro).append("<table class=\"facts\">\n");
        for (String[] row : rows) {
            body.append("<tr><th>").append(Html.escape(row[0])).append("</th><td>").append(row[1])
                    .append("</td></tr>\n");
        }
        return new Section("summary", "Summary", body.append("</table>").toString());
    }

    private static void finishedRun(JsonNode s, Optional<RunMetrics> metrics, List<String[]> rows) {
        if (s.has("solved")) {
            rows.add(new String[] {"result", s.get("solved").asBoolean()
                    ? "<span class=\"badge good\">solved</span>"
                    : "<span class=\"badge bad\">not solved</span>"});
        }
        // a solved run counts generations and evaluations up to the solving generation
        boolean solved = s.path("solved").asBoolean(false);
        addCount(rows, solved ? "generations to solve" : "generations", s.get("generations"));
        addCount(rows, solved ? "evaluations to solve" : "evaluations", s.get("evaluations"));
        metrics.ifPresent(m -> {
            if (m.size() != s.path("generations").asLong(-1)) {
                rows.add(new String[] {"generations run", Html.count(m.size()) + " (" + Html.count(
                        m.evaluations()[m.lastIndex()]) + " evaluations)"});
            }
        });
        if (s.hasNonNull("bestFitness")) {
            rows.add(new String[] {"best fitness", Html.number(s.get("bestFitness").asDouble(), 6)});
        }
        if (s.hasNonNull("championGeneration")) {
            rows.add(new String[] {"champion", "found in generation " + Html.count(s.get("championGeneration").asLong())
                    + ", " + Html.count(s.path("hiddenNodes").asLong()) + " hidden nodes, "
                    + Html.count(s.path("enabledConnections").asLong()) + " enabled connections"});
        }
        addCount(rows, "seed", s.get("seed"));
        if (s.path("timing").hasNonNull("wallSeconds")) {
            rows.add(new String[] {"wall time", Html.number(s.path("timing").get("wallSeconds").asDouble(), 2) + " s"});
        }
        addObject(rows, "champion validation", s.get("championValidation"));
        addObject(rows, "champion validation, plasticity blocked", s.get("championValidationBlocked"));
        addObject(rows, "reference scores", s.get("references"));
        for (Map.Entry<String, JsonNode> entry : s.properties()) {
            if (!SHOWN.contains(entry.getKey())) {
                rows.add(new String[] {entry.getKey(), flatten(entry.getValue())});
            }
        }
    }

    private static void unfinishedRun(RunMetrics metrics, List<String[]> rows) {
        double best = Double.NEGATIVE_INFINITY;
        for (double b : metrics.bestFitness()) {
            best = Double.isNaN(b) ? best : Math.max(best, b);
        }
        int last = metrics.lastIndex();
        rows.add(new String[] {"result", "<span class=\"badge open\">unfinished</span>"});
        rows.add(new String[] {"generations so far", Html.count(metrics.size()) + " (the last one is generation "
                + Html.count(metrics.generations()[last]) + ")"});
        rows.add(new String[] {"evaluations", Html.count(metrics.evaluations()[last])});
        rows.add(new String[] {"best fitness", Html.number(best == Double.NEGATIVE_INFINITY ? Double.NaN : best, 6)});
    }

    private static void addCount(List<String[]> rows, String label, JsonNode value) {
        if (value != null && value.isNumber()) {
            rows.add(new String[] {label, Html.count(value.asLong())});
        }
    }

    private static void addObject(List<String[]> rows, String label, JsonNode value) {
        if (value != null && !value.isNull()) {
            rows.add(new String[] {label, flatten(value)});
        }
    }

    /** A JSON value as escaped text: objects as "key value · key value", numbers rounded. */
    static String flatten(JsonNode value) {
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                parts.add("<span class=\"key\">" + Html.escape(entry.getKey()) + "</span> "
                        + flatten(entry.getValue()));
            }
            return String.join(" \u00b7 ", parts);
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(flatten(element)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value.isIntegralNumber()) {
            return Html.count(value.asLong());
        }
        if (value.isNumber()) {
            return Html.number(value.asDouble(), 4);
        }
        return Html.escape(value.asText());
    }
}
