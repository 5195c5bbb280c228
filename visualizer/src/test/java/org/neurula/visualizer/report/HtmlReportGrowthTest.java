package org.neurula.visualizer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.replay.GrowthFrames;
import org.neurula.visualizer.run.RunDirectory;

/** The report of a run that grows its networks from one cell shows the champion's growth; others do not. */
class HtmlReportGrowthTest {

    @TempDir
    Path dir;

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aCellProgramRunsReportShowsEveryGrowthCycleAndItsPruning() {
        Path run = dir.resolve("cells");
        CliRun.succeed("run", "../examples/xor.yaml", "--set", "task.protocol=ndp", "--set", "encoding.type=cell-program",
                "--set", "network.cycles=3", "--set", "network.pruning.enabled=true", "--set",
                "network.pruning.criticalPeriod=2", "--set", "reproduction.populationSize=40", "--generations", "5",
                "--out", run.toString());
        String html = HtmlReport.html(RunDirectory.open(run));
        GrowthFrames.Growth growth = GrowthFrames.grow(run.resolve("config.yaml"),
                GenomeFile.read(run.resolve("champion.json")));

        assertTrue(html.contains("id=\"growth\""), "a growth section");
        assertTrue(growth.liveAfterPruning() != null, "the grown network pruned within its 4-pattern lifetime");
        for (int frame = 0; frame < GrowthFrames.frameCount(growth); frame++) {
            assertTrue(html.contains("<figcaption>" + GrowthFrames.caption(growth, frame) + "</figcaption>"),
                    "picture " + frame);
        }
        assertEquals(1, count(html, "<figcaption>after pruning ("), "the last picture is the pruned network");
    }

    @Test
    void aDirectRunsReportHasNoGrowthSection() {
        Path run = dir.resolve("direct");
        CliRun.succeed("run", "../examples/xor.yaml", "--generations", "3", "--out", run.toString());
        assertFalse(HtmlReport.html(RunDirectory.open(run)).contains("id=\"growth\""));
    }
}
