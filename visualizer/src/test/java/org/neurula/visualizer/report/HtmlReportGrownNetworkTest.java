package org.neurula.visualizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.visualizer.GrownNetworks;
import org.neurula.visualizer.run.RunDirectory;

/** The report's champion section for a champion with a grown network (HyperNEAT's phenotype). */
class HtmlReportGrownNetworkTest {

    private static final Pattern CHAMPION = Pattern.compile("(?s)<section id=\"champion\">(.*?)</section>");

    @Test
    void theChampionSectionShowsTheSubstratePictureAndAHeatMap(@TempDir Path dir) {
        Path run = XorRuns.run(dir, "grown", 2);
        GrownNetworks.write(run.resolve("champion.json"), GrownNetworks.sheets2d(7));
        String html = HtmlReport.html(RunDirectory.open(run));
        Matcher champion = CHAMPION.matcher(html);
        assertTrue(champion.find());
        String section = champion.group(1);
        assertEquals(2, section.split("<img ", -1).length - 1, "the two-panel picture and the heat map");
        assertTrue(section.contains("alt=\"The champion&#39;s CPPN and substrate network\"")
                || section.contains("alt=\"The champion's CPPN and substrate network\""), section.substring(0, 400));
        assertTrue(section.contains("alt=\"Heat map of the weights from the input node 24 at (0.00, 0.00)\""));
        assertTrue(section.contains("<th>grown nodes</th><td>98</td>"), "7 × 7 inputs and outputs");
        assertTrue(section.contains("<th>grown connections</th>"));
        assertFalse(section.contains("class=\"notice\""));
    }
}
