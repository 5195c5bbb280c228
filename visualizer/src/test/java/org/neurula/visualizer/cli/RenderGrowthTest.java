package org.neurula.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.developmental.ndp.GrownGraph;
import org.neurula.neat.genome.Genome;
import org.neurula.runs.CliRun;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.replay.GrowthFrames;

/**
 * {@code neurula render --growth}: a network grown from one cell, drawn after every growth cycle, for a
 * NEAT-evolved cell program and for the published NDP; the frames hold the cells born so far; runs
 * that do not grow their networks are refused with what to use instead.
 */
class RenderGrowthTest {

    @TempDir
    Path dir;

    private Path run(String name, String... settings) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("run", "../examples/xor.yaml", "--set",
                "task.protocol=ndp", "--generations", "8", "--set", "reproduction.populationSize=40", "--out",
                out.toString()));
        for (String s : settings) {
            args.addAll(List.of("--set", s));
        }
        CliRun.succeed(args.toArray(String[]::new));
        return out;
    }

    @Test
    void aCellProgramsGrowthIsDrawnCycleByCycle() throws IOException {
        Path runDir = run("cells", "encoding.type=cell-program", "network.cycles=3");
        Path frames = dir.resolve("pictures");
        Files.createDirectories(frames);
        CliRun r = CliRun.succeed("render", runDir.toString(), "--growth", "--out",
                frames.resolve("g.png") + "," + frames.resolve("g.gif"), "--width", "300", "--height", "200");
        GrowthFrames.Growth growth = GrowthFrames.grow(runDir.resolve("config.yaml"),
                GenomeFile.read(runDir.resolve("champion.json")));
        GrownGraph g = growth.graph();
        try (Stream<Path> files = Files.list(frames)) {
            long pngs = files.filter(p -> p.getFileName().toString().startsWith("g-cycle-")).count();
            assertEquals(g.lastCycle() + 1, pngs, "one frame per growth cycle, the seed's first");
        }
        assertEquals(300, ImageIO.read(frames.resolve("g-cycle-000000.png").toFile()).getWidth());
        assertTrue(Files.size(frames.resolve("g.gif")) > 0);
        assertTrue(r.out().contains("grown from one cell: " + g.size() + " cells"), r.out());
        for (int cycle = 0; cycle <= g.lastCycle(); cycle++) {
            Genome frame = GrowthFrames.frame(growth, cycle);
            assertEquals(g.cellsAfter(cycle), frame.nodes().size(), "the cells born by cycle " + cycle);
        }
        assertEquals(1, GrowthFrames.frame(growth, 0).nodes().size(), "growth starts from one cell");
    }

    @Test
    void aPruningNetworkGetsOneMoreFrameWithTheConnectionsItKept() throws IOException {
        Path runDir = run("pruned", "encoding.type=cell-program", "network.cycles=3", "network.pruning.enabled=true",
                "network.pruning.criticalPeriod=2", "network.pruning.fraction=0.5", "network.pruning.keepPaths=false");
        Path frames = dir.resolve("pruned-pictures");
        Files.createDirectories(frames);
        CliRun r = CliRun.succeed("render", runDir.toString(), "--growth", "--out", frames.resolve("p.png").toString());
        GrowthFrames.Growth growth = GrowthFrames.grow(runDir.resolve("config.yaml"),
                GenomeFile.read(runDir.resolve("champion.json")));
        int last = growth.graph().lastCycle();
        int all = GrowthFrames.frame(growth, last).connections().size();
        int kept = GrowthFrames.prunedFrame(growth).connections().size();
        assertEquals(all - all / 2, kept, "without path keeping, fraction 0.5 removes floor(m / 2) connections");
        try (Stream<Path> files = Files.list(frames)) {
            assertEquals(last + 2, files.count(), "the growth cycles, then the network after pruning");
        }
        assertTrue(r.out().contains("pruned in its first lifetime: " + kept + " of " + all + " connections kept"),
                r.out());
        Genome grown = GrowthFrames.frame(growth, last);
        for (int c = 0; c < kept; c++) {
            int innovation = GrowthFrames.prunedFrame(growth).connections().innovation(c);
            assertTrue(grown.connections().indexOf(innovation) >= 0, "a kept connection is one the cells grew");
        }
    }

    @Test
    void thePublishedNdpIsDrawnFromItsSavedVector() {
        Path runDir = run("ndp", "run.algorithm=ndp", "ndp.range=3");
        CliRun.succeed("render", runDir.resolve("champion.json").toString(), "--growth", "--out",
                dir.resolve("n.gif").toString());
        assertTrue(Files.exists(dir.resolve("n.gif")));
    }

    @Test
    void aRunThatDoesNotGrowItsNetworksIsRefused() {
        Path runDir = dir.resolve("direct");
        CliRun.succeed("run", "../examples/xor.yaml", "--generations", "2", "--out", runDir.toString());
        CliRun r = CliRun.of("render", runDir.toString(), "--growth", "--out", dir.resolve("d.gif").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("use a run with run.algorithm: ndp or encoding.type: cell-program"), r.err());
        CliRun json = CliRun.of("render", runDir.toString(), "--growth", "--out", dir.resolve("d.json").toString());
        assertEquals(2, json.exitCode());
        assertTrue(json.err().contains(".png (frames) or .gif with --growth"), json.err());
    }
}
