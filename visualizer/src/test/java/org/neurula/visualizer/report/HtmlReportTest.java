package org.neurula.visualizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.visualizer.chart.RunChart;
import org.neurula.visualizer.chart.RunMetrics;
import org.neurula.visualizer.run.RunDirectory;

/** The HTML report of a real XOR run: its sections, escaping, embedded images, and nothing fetched. */
class HtmlReportTest {

    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]*)\"");
    private static final Pattern RESOURCE_ATTRIBUTE = Pattern.compile("\\b(src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;
    static Path runDir;
    static String html;

    @BeforeAll
    static void runXorAndWriteTheReport() throws IOException {
        runDir = XorRuns.run(dir, "xor", 30);
        // a config comment that needs escaping (the run writes its config without comments)
        Files.writeString(runDir.resolve("config.yaml"), "# <b>bold</b> & \"quoted\" <script>alert(1)</script>\n"
                + Files.readString(runDir.resolve("config.yaml")));
        Path written = HtmlReport.write(RunDirectory.open(runDir), dir.resolve("out/nested/report.html"));
        assertEquals(dir.resolve("out/nested/report.html"), written);
        html = Files.readString(written);
    }

    @Test
    void theReportIsOneHtmlPageWithEverySection() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\">"), "no request for /favicon.ico");
        assertTrue(html.contains("<h1>xor</h1>"), "the run's name is the title");
        assertTrue(html.contains("task <strong>xor</strong>"));
        for (String section : List.of("summary\">\n<h2>Summary", "progress\">\n<h2>Progress",
                "champion\">\n<h2>Champion", "species\">\n<h2>Species", "improving\">\n<h2>Improving champions",
                "config\">\n<h2>Config")) {
            assertTrue(html.contains("<section id=\"" + section + "</h2>"), section);
        }
        assertFalse(html.contains("class=\"notice\""), "every part of a complete run directory is drawn");
    }

    @Test
    void theSummaryComesFromSummaryJson() throws IOException {
        String summary = Files.readString(runDir.resolve("summary.json"));
        boolean solved = summary.contains("\"solved\" : true");
        assertTrue(html.contains(solved ? "badge good\">solved" : "badge bad\">not solved"));
        assertTrue(html.contains(solved ? "<th>generations to solve</th>" : "<th>generations</th>"));
        assertTrue(html.contains("<th>best fitness</th>"));
        assertTrue(html.contains("<th>wall time</th>"));
    }

    @Test
    void theConfigIsShownEscaped() {
        assertTrue(html.contains(
                "# &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<b>bold</b>"));
        assertFalse(html.contains("<script"), "the page has no script at all");
        assertTrue(html.contains("populationSize: 150"));
        assertTrue(html.contains("<pre class=\"config\">"));
    }

    @Test
    void everyImageIsAnEmbeddedPngThatDecodes() throws IOException {
        List<String> sources = new ArrayList<>();
        Matcher m = IMG_SRC.matcher(html);
        while (m.find()) {
            sources.add(m.group(1));
        }
        // one image per run chart, the champion, and one thumbnail per improving champion
        long champions;
        try (Stream<Path> files = Files.list(runDir.resolve("champions"))) {
            champions = files.count();
        }
        assertEquals(RunChart.values().length + 1 + Math.min(20, champions), sources.size());
        for (String source : sources) {
            assertTrue(source.startsWith("data:image/png;base64,"), source.substring(0, 40));
            byte[] png = Base64.getDecoder().decode(source.substring("data:image/png;base64,".length()));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "not a PNG");
            assertTrue(image.getWidth() > 50 && image.getHeight() > 50);
            assertTrue(distinctColours(image) > 3, "the image shows something");
        }
    }

    @Test
    void nothingIsFetchedFromTheNetwork() {
        Matcher m = RESOURCE_ATTRIBUTE.matcher(html);
        int attributes = 0;
        while (m.find()) {
            attributes++;
            String value = m.group(2).toLowerCase();
            assertFalse(value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//"), m.group());
            assertTrue(value.startsWith("data:") || value.startsWith("#"),
                    "only embedded data and anchors: " + m.group());
        }
        assertTrue(attributes > 5);
        assertFalse(html.contains("@import") || html.contains("url("), "the style sheet loads nothing");
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
    }

    @Test
    void theSpeciesTableListsTheLastGeneration() {
        RunMetrics metrics = RunMetrics.read(runDir.resolve("metrics.jsonl"));
        int last = metrics.lastIndex();
        int[] ids = metrics.speciesIds()[last];
        int[] sizes = metrics.speciesSizes()[last];
        String species = section(html, "species", "improving");
        assertTrue(species.contains(ids.length + " species in generation " + metrics.generations()[last]), species);
        for (int k = 0; k < ids.length; k++) {
            assertTrue(species.contains("\"></span>" + ids[k] + "</td><td class=\"num\">" + sizes[k] + "</td>"),
                    "species " + ids[k] + " with " + sizes[k] + " members");
        }
        // the run ends with a checkpoint, so the species records of that generation are shown too
        assertTrue(species.contains("generations without improvement"));
    }

    @Test
    void onlyTheLastTwentyImprovingChampionsAreListed(@TempDir Path copy) throws IOException {
        Path many = copyRun(copy);
        Path champion = many.resolve("champion.json");
        for (int g = 100; g < 125; g++) {
            Files.copy(champion, many.resolve("champions/gen-%06d-id-%d.json".formatted(g, 5000 + g)));
        }

        String page = HtmlReport.html(RunDirectory.open(many));

        String improving = section(page, "improving", "config");
        assertTrue(improving.contains("The last 20 of "), improving.substring(0, 300));
        assertEquals(20, improving.split("class=\"thumbnail\"").length - 1);
        assertTrue(improving.contains(">124</td>") && !improving.contains(">104</td>"), "the newest 20");
    }

    @Test
    void anUnfinishedRunStillGetsAReportWithEveryCompleteGeneration(@TempDir Path copy) throws IOException {
        Path unfinished = copyRun(copy);
        Files.delete(unfinished.resolve("summary.json"));
        Path metrics = unfinished.resolve("metrics.jsonl");
        String text = Files.readString(metrics);
        Files.writeString(metrics, text.substring(0, text.length() - 40));
        long lines = text.lines().count();

        String page = HtmlReport.html(RunDirectory.open(unfinished));

        assertTrue(page.contains("badge open\">unfinished"), "no summary.json: the run is unfinished");
        assertFalse(page.contains("No charts"), "the half-written last line is left out, the others are charted");
        assertEquals(lines - 1, org.neurula.visualizer.chart.RunMetrics.read(metrics).size(),
                "the generations before the cut");
        assertTrue(page.contains("<section id=\"champion\">"), "the rest is still drawn");

        Files.writeString(metrics, text.substring(0, text.length() - 40) + "\n"); // a complete line that is damaged
        page = HtmlReport.html(RunDirectory.open(unfinished));
        assertTrue(page.contains("No charts: " + metrics + " line " + lines + ": not JSON"),
                "a damaged complete line is named");
        assertTrue(page.contains("<section id=\"champion\">"), "the rest is still drawn");
    }

    /** The HTML from the section with id {@code from} up to the one with id {@code to}. */
    private static String section(String page, String from, String to) {
        int start = page.indexOf("<section id=\"" + from + "\">");
        return page.substring(start, page.indexOf("<section id=\"" + to + "\">", start));
    }

    private static Path copyRun(Path target) throws IOException {
        Path copy = target.resolve("run");
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path file : files.toList()) {
                Path to = copy.resolve(runDir.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return copy;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }
}
