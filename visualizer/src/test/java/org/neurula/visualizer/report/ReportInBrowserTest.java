package org.neurula.visualizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.visualizer.run.RunDirectory;

/**
 * The report in a real browser: headless Chromium loads it without a single console message and
 * shows it. Without Chromium the tests are skipped, unless {@code NEURULA_REQUIRE_BROWSER} is set (as
 * on CI), where they fail.
 */
class ReportInBrowserTest {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 3000;

    /** Screenshots are kept here for a look after the build. */
    private static final Path SCREENSHOTS = Path.of("target", "report-in-browser");

    static HeadlessChromium chromium;

    @BeforeAll
    static void findChromium() {
        var found = HeadlessChromium.find();
        if (found.isEmpty()) {
            String message = "headless Chromium not found (looked at $NEURULA_CHROMIUM, /usr/bin/chromium and the"
                    + " like); install it (apt-get install chromium) to check the report in a browser";
            if (System.getenv("NEURULA_REQUIRE_BROWSER") != null) {
                fail(message + "; NEURULA_REQUIRE_BROWSER is set, so this is an error");
            }
            Assumptions.abort(message);
        }
        chromium = found.get();
    }

    @Test
    void theReportLoadsWithoutConsoleMessagesAndShowsItsContent(@TempDir Path dir) throws Exception {
        Path runDir = XorRuns.run(dir, "xor", 30);
        Path report = HtmlReport.write(RunDirectory.open(runDir), dir.resolve("report.html"));
        Path screenshot = Files.createDirectories(SCREENSHOTS).resolve("report.png");
        Files.deleteIfExists(screenshot);

        HeadlessChromium.PageLoad load = chromium.load(report, screenshot, WIDTH, HEIGHT, dir.resolve("browser"));

        assertTrue(load.consoleMessages().isEmpty(), "console messages: " + load.consoleMessages());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        assertTrue(distinctColours(image) > 1000, distinctColours(image) + " colours: the charts are drawn");
        assertEquals(0x24292f, image.getRGB(5, 5) & 0xffffff, "the inline style sheet applies (dark header)");
        // the champion's topology: its nodes' fill and both link colours appear on the page
        for (String colour : new String[] {org.neurula.visualizer.topology.TopologyStyle.activationColour("steepened-sigmoid"),
            org.neurula.visualizer.topology.TopologyStyle.EXCITATORY, org.neurula.visualizer.topology.TopologyStyle.INHIBITORY}) {
            assertTrue(pixelsNear(image, colour) >= 50, "the topology is shown: pixels of " + colour + ": "
                    + pixelsNear(image, colour));
        }
    }

    /** Pixels within a small distance of {@code hex}. */
    private static int pixelsNear(BufferedImage image, String hex) {
        return org.neurula.visualizer.Pixels.count(image, hex, 12);
    }

    @Test
    void theCheckerSeesConsoleErrorsExceptionsAndBlockedFetches(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy"
                      content="default-src 'none'; script-src 'unsafe-inline'; img-src data:">
                <link rel="icon" href="data:,"><title>broken</title></head>
                <body><p>a page with errors</p>
                <img src="http://example.invalid/fetched.png" alt="">
                <script>console.error("x"); undefinedFn();</script>
                </body></html>
                """);
        Path screenshot = dir.resolve("broken.png");

        HeadlessChromium.PageLoad load = chromium.load(page, screenshot, 800, 600, dir.resolve("browser"));

        String messages = String.join("\n", load.consoleMessages());
        assertTrue(messages.contains("\"x\""), "console.error is seen:\n" + load.log());
        assertTrue(messages.contains("undefinedFn is not defined"), "an uncaught exception is seen:\n" + load.log());
        assertTrue(messages.contains("http://example.invalid/fetched.png")
                && messages.contains("Content Security Policy"),
                "a fetch the page's policy blocks is seen:\n" + load.log());
        assertTrue(Files.size(screenshot) > 0);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }
}
