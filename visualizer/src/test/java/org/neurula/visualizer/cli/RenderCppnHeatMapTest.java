package org.neurula.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.developmental.hyperneat.CppnPattern;
import org.neurula.fitness.TaskRegistry;
import org.neurula.runs.Champion;
import org.neurula.runs.CliRun;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;
import org.neurula.visualizer.heatmap.HeatMap;

/** {@code render --cppn-heat-map}: the CPPN's own pattern, read with the run's config. */
class RenderCppnHeatMapTest {

    @Test
    void drawsTheCppnPatternOfAHyperNeatChampion(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("c.yaml"), """
                run: {name: c, seed: 3, threads: 1, generations: 3}
                task: {type: xor}
                reproduction: {populationSize: 20}
                encoding: {type: hyperneat, hyperneat: {substrate: {hidden: [{columns: 3}]}}}
                """);
        RunConfig loaded = new ConfigLoader(TaskRegistry.load()).load(config, "c.yaml");
        Path run = dir.resolve("run");
        CliRun evolve = CliRun.of("run", config.toString(), "--out", run.toString());
        assertEquals(0, evolve.exitCode(), evolve.err());
        Path map = dir.resolve("cppn.png");
        CliRun render = CliRun.of("render", run.toString(), "--out", dir.resolve("c.png").toString(),
                "--cppn-heat-map", map.toString(), "--weights-from", "-1,-1");
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(render.out().contains("the CPPN's pattern from the input node 0 at (-1.00, -1.00)"), render.out());

        // the picture's colours follow the pattern's signs
        Champion champion = Champion.read(run);
        CppnPattern pattern = GenomeEncoding.of(loaded, loaded.task().create()).pattern(champion.genome()).orElseThrow();
        BufferedImage image = ImageIO.read(map.toFile());
        Rectangle plot = HeatMap.plotArea(image.getWidth(), image.getHeight());
        int compared = 0;
        for (double tx = -0.9; tx <= 0.9; tx += 0.3) {
            for (double ty = 0.1; ty <= 0.9; ty += 0.4) {
                double w = pattern.weight(-1, -1, tx, ty);
                if (Math.abs(w) < 0.5) {
                    continue;
                }
                Point p = HeatMap.pixel(plot, tx, ty);
                int rgb = image.getRGB(p.x, p.y);
                int red = (rgb >> 16) & 0xFF;
                int blue = rgb & 0xFF;
                assertTrue(w > 0 ? blue > red : red > blue, "at (" + tx + ", " + ty + ") weight " + w + ", rgb "
                        + Integer.toHexString(rgb));
                compared++;
            }
        }
        assertTrue(compared > 0, "some strong weights to compare");
    }

    @Test
    void aGenomeOutsideARunDirectoryIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Path alone = org.neurula.visualizer.GrownNetworks.write(dir.resolve("g.json"),
                org.neurula.visualizer.GrownNetworks.sheets2d(5));
        CliRun render = CliRun.of("render", alone.toString(), "--out", dir.resolve("g.png").toString(),
                "--cppn-heat-map", dir.resolve("m.png").toString());
        assertEquals(2, render.exitCode());
        assertTrue(render.err().contains("lies in no run directory of a CPPN encoding"), render.err());
        assertTrue(!Files.exists(dir.resolve("m.png")));
    }
}
