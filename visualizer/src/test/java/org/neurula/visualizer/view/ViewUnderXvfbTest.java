package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.replay.GrowthFrames;
import org.neurula.visualizer.topology.TopologyStyle;

/**
 * {@code neurula view} opens a real window: on an Xvfb display of its own, a child JVM shows a run's
 * champion and captures the window with {@code --screenshot}. Without Xvfb the test is skipped, unless
 * {@code NEURULA_REQUIRE_DISPLAY} is set (as in CI), when it fails.
 */
class ViewUnderXvfbTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 640;

    @TempDir
    static Path dir;
    static XvfbDisplay display;
    static Path run;

    @BeforeAll
    static void startXvfb() throws IOException, InterruptedException {
        Optional<Path> xvfb = XvfbDisplay.executable();
        if (xvfb.isEmpty()) {
            if (System.getenv("NEURULA_REQUIRE_DISPLAY") != null) {
                fail("NEURULA_REQUIRE_DISPLAY is set but Xvfb is not installed (apt-get install xvfb)");
            }
            Assumptions.abort("Xvfb is not installed (apt-get install xvfb); the window test is skipped");
        }
        display = XvfbDisplay.start(xvfb.get());
        run = ViewFixtures.writeRun(dir.resolve("run"));
    }

    @AfterAll
    static void stopXvfb() throws InterruptedException {
        if (display != null) {
            display.close();
        }
    }

    private static ChildJvm view(String... args) {
        return ChildJvm.run(dir.resolve("child"), Map.of("DISPLAY", display.display()), List.of(), args);
    }

    @Test
    void theWindowShowsTheChampionsGraph() throws IOException {
        Path png = dir.resolve("shots/view.png");
        ChildJvm child = view("view", run.toString(), "--width", Integer.toString(WIDTH), "--height",
                Integer.toString(HEIGHT), "--show-disabled", "--screenshot", png.toString());
        assertEquals(0, child.exitCode(), child.err());
        assertTrue(child.out().contains("wrote " + png), child.out());
        assertTrue(Files.isRegularFile(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth(), "the frame's width");
        assertEquals(HEIGHT, image.getHeight(), "the frame's height");
        Set<Integer> colours = new HashSet<>();
        int excitatory = 0;
        int inhibitory = 0;
        int tanhFill = 0;
        int excitatoryRgb = rgb(TopologyStyle.EXCITATORY);
        int inhibitoryRgb = rgb(TopologyStyle.INHIBITORY);
        int tanhRgb = rgb(TopologyStyle.activationColour("tanh"));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                colours.add(p);
                excitatory += p == excitatoryRgb ? 1 : 0;
                inhibitory += p == inhibitoryRgb ? 1 : 0;
                tanhFill += p == tanhRgb ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 100, "a drawn window has many colours, not " + colours.size());
        assertTrue(excitatory > 50, "pixels of positive-weight links: " + excitatory);
        assertTrue(inhibitory > 50, "pixels of negative-weight links: " + inhibitory);
        assertTrue(tanhFill > 50, "pixels of the tanh hidden node: " + tanhFill);
    }

    @Test
    void aGenomeFileOpensAtAnEarlierGenerationAndClosesWhenAsked() {
        ChildJvm file = view("view", run.resolve("champions/gen-000003-id-42.json").toString(), "--exit-after-ms",
                "500");
        assertEquals(0, file.exitCode(), file.err());
        assertTrue(file.out().contains("showing generation 3, genome 42, fitness 2.2500, 1 of 1"), file.out());
        ChildJvm early = view("view", run.toString(), "--generation", "4", "--exit-after-ms", "500");
        assertEquals(0, early.exitCode(), early.err());
        assertTrue(early.out().contains("showing generation 3, genome 42, fitness 2.2500, 2 of 3"), early.out());
    }

    @Test
    void aCellProgramsChampionIsShownGrownWithItsGrowthSlider() throws IOException {
        Path cells = dir.resolve("cells");
        CliRun.succeed("run", "../examples/xor.yaml", "--set", "task.protocol=ndp", "--set", "encoding.type=cell-program",
                "--set", "network.cycles=3", "--set", "reproduction.populationSize=40", "--generations", "6",
                "--out", cells.toString());
        Path png = dir.resolve("shots/growth.png");
        ChildJvm child = view("view", cells.toString(), "--growth", "--width", Integer.toString(WIDTH), "--height",
                Integer.toString(HEIGHT), "--screenshot", png.toString());
        assertEquals(0, child.exitCode(), child.err());
        GrowthFrames.Growth growth = GrowthFrames.grow(cells.resolve("config.yaml"),
                GenomeFile.read(cells.resolve("champion.json")));
        assertTrue(child.out().contains("growth: " + GrowthFrames.frameCount(growth) + " pictures, "
                + growth.graph().lastCycle() + " growth cycles from one cell to " + growth.graph().size() + " cells"),
                child.out());
        BufferedImage image = ImageIO.read(png.toFile());
        int tanhRgb = rgb(TopologyStyle.activationColour("tanh"));
        int tanhFill = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                tanhFill += (image.getRGB(x, y) & 0xffffff) == tanhRgb ? 1 : 0;
            }
        }
        assertTrue(tanhFill > 50, "the grown cells are tanh nodes: " + tanhFill + " pixels");
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
