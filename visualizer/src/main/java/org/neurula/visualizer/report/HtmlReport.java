package org.neurula.visualizer.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.chart.RunMetrics;
import org.neurula.visualizer.run.RunDirectory;

/**
 * Writes the report of a run directory as one static HTML file: summary, the run charts, the
 * champion's topology, its growth from one cell (developmental runs) and one lifetime (plastic
 * champions), the species of the last generation, the improving champions and the config.
 * Every image is embedded as a {@code data:} URI and the style sheet is inline, so the file opens
 * from disk, can be mailed or archived alone, and fetches nothing (a Content-Security-Policy forbids
 * it). A part the run directory cannot supply (no summary.json yet, a damaged metrics.jsonl) is
 * replaced by a notice saying why; the rest of the page is still drawn.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Writes the report of {@code run} to {@code outFile}, creating its directory.
     *
     * @return {@code outFile}
     * @throws BadInputException if the file cannot be written
     */
    public static Path write(RunDirectory run, Path outFile) {
        String html = html(run);
        Path parent = outFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            // written beside the target and moved over it: a browser showing the old report never sees half a page
            Path partial = parent.resolve("." + outFile.getFileName() + ".partial");
            try {
                Files.writeString(partial, html, StandardCharsets.UTF_8);
                Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write the report to " + outFile + " (" + e.getMessage()
                    + "); give --out a file in a directory you can write to", e);
        }
        return outFile;
    }

    /** The report of {@code run} as HTML text. */
    public static String html(RunDirectory run) {
        Optional<JsonNode> summary = Optional.empty();
        String summaryProblem = null;
        try {
            summary = run.summary();
        } catch (RuntimeException e) {
            summaryProblem = e.getMessage();
        }
        Optional<JsonNode> config = readConfig(run);
        Optional<RunMetrics> metrics = Optional.empty();
        String metricsProblem = null;
        try {
            metrics = Optional.of(RunMetrics.read(run.metricsFile()));
        } catch (RuntimeException e) {
            metricsProblem = e.getMessage();
        }

        List<Section> sections = new ArrayList<>();
        sections.add(SummarySection.of(summary, summaryProblem, metrics));
        if (metrics.isPresent()) {
            sections.add(ChartsSection.of(metrics.get()));
        } else {
            sections.add(Section.failed("progress", "Progress", "No charts: " + metricsProblem));
        }
        sections.add(ChampionSection.of(run));
        GrowthSection.of(run).ifPresent(sections::add);
        LifetimeSection.of(run).ifPresent(sections::add);
        if (metrics.isPresent()) {
            sections.add(SpeciesSection.of(metrics.get(), CheckpointSpecies.newest(run.dir())));
        } else {
            sections.add(Section.failed("species", "Species", "No species table: " + metricsProblem));
        }
        sections.add(ChampionHistorySection.of(run));
        sections.add(ConfigSection.of(readConfigText(run)));

        String name = text(summary, "name").or(() -> config.map(c -> c.path("run").path("name").asText(""))
                .filter(s -> !s.isEmpty())).orElse(run.name());
        Optional<String> task = text(summary, "task").or(() -> config.map(c -> c.path("task").path("type").asText(""))
                .filter(s -> !s.isEmpty()));
        Optional<String> seed = text(summary, "seed").or(() -> config.map(c -> c.path("run").path("seed").asText(""))
                .filter(s -> !s.isEmpty()));
        return page(name, task, seed, run.dir(), sections);
    }

    private static String page(String name, Optional<String> task, Optional<String> seed, Path dir,
            List<Section> sections) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;")
                .append(" style-src 'unsafe-inline'\">\n")
                .append("<title>").append(Html.escape(name)).append(" \u2014 Neurula run report</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<style>\n").append(PageStyle.CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(Html.escape(name)).append("</h1>\n<p class=\"meta\">")
                .append("Neurula run report");
        task.ifPresent(t -> html.append(" \u00b7 task <strong>").append(Html.escape(t)).append("</strong>"));
        seed.ifPresent(s -> html.append(" \u00b7 seed ").append(Html.escape(s)));
        html.append(" \u00b7 <code>").append(Html.escape(dir.toAbsolutePath().normalize().toString()))
                .append("</code></p>\n<nav>");
        for (Section section : sections) {
            html.append("<a href=\"#").append(section.id()).append("\">").append(Html.escape(section.title()))
                    .append("</a>");
        }
        html.append("</nav>\n</header>\n<main>\n");
        sections.forEach(section -> html.append(section.html()));
        html.append("</main>\n<footer>Written by Neurula from the files of the run directory; nothing on this page"
                + " is fetched from anywhere.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static Optional<String> text(Optional<JsonNode> node, String key) {
        return node.map(n -> n.get(key)).filter(v -> v != null && v.isValueNode()).map(JsonNode::asText);
    }

    private static Optional<JsonNode> readConfig(RunDirectory run) {
        try {
            return run.config();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readConfigText(RunDirectory run) {
        try {
            return run.configYaml();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
