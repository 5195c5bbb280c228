package org.neurula.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.visualizer.GrownNetworks;

/** {@code neurula render} on genome files that carry a grown network (HyperNEAT's phenotype). */
class RenderGrownNetworkTest {

    @TempDir
    static Path dir;
    static Path grown;
    static Path grown3d;
    static Path plain;

    @BeforeAll
    static void writeGenomeFiles() throws IOException {
        grown = GrownNetworks.write(dir.resolve("grown.json"), GrownNetworks.sheets2d(11));
        grown3d = GrownNetworks.write(dir.resolve("grown3d.json"), GrownNetworks.sheets3d(5));
        String withoutPhenotype = Files.readString(grown3d).replaceFirst("(?s),\\s*\"phenotype\".*", "\n}\n");
        plain = Files.writeString(dir.resolve("plain.json"), withoutPhenotype);
    }

    @Test
    void rendersBothPanelsAndTheHeatMaps(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("render", grown.toString(), "--out", out.resolve("g.png") + "," + out.resolve("g.graphml"),
                "--heat-map", out.resolve("map.png").toString(), "--heat-map-grid", out.resolve("grid.png").toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage picture = ImageIO.read(out.resolve("g.png").toFile());
        assertEquals(1200, picture.getWidth(), "a grown network's two panels are drawn wider by default");
        assertEquals(600, picture.getHeight());
        BufferedImage map = ImageIO.read(out.resolve("map.png").toFile());
        assertEquals(640, map.getWidth());
        assertEquals(520, map.getHeight());
        assertEquals(640, ImageIO.read(out.resolve("grid.png").toFile()).getWidth());
        String graphml = Files.readString(out.resolve("g.graphml"));
        long substrateEdges = graphml.lines().filter(l -> l.contains("<edge id=\"sc")).count();
        assertTrue(substrateEdges > 1000, "exports hold every grown connection, not only the drawn ones: " + substrateEdges);
        assertTrue(run.out().contains("grown network: 242 nodes"), run.out());
        assertTrue(run.out().contains("weights from the input node 60 at (0.00, 0.00)"), run.out());
    }

    @Test
    void weightsFromPicksTheNearestSourceAndPanelsPicksOnePanel(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("render", grown3d.toString(), "--out", out.resolve("s.png").toString(), "--panels",
                "substrate", "--max-connections", "0", "--heat-map", out.resolve("m.png").toString(), "--weights-from",
                "0.45,0.55,-1", "--width", "500", "--height", "400");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("at (0.50, 0.50, -1.00)"), run.out());
        assertEquals(500, ImageIO.read(out.resolve("s.png").toFile()).getWidth());
        assertEquals(500, ImageIO.read(out.resolve("m.png").toFile()).getWidth(), "--width sizes heat maps too");
        CliRun cppn = CliRun.of("render", grown3d.toString(), "--panels", "cppn", "--out", out.resolve("c.dot").toString());
        assertEquals(0, cppn.exitCode(), cppn.err());
        assertFalse(Files.readString(out.resolve("c.dot")).contains("\"s0\""), "--panels cppn: the genome alone");
    }

    @Test
    void aGenomeWithoutAPhenotypeIsDrawnAsBefore(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("render", plain.toString(), "--out", out.resolve("p.png") + "," + out.resolve("p.dot"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(800, ImageIO.read(out.resolve("p.png").toFile()).getWidth());
        assertFalse(Files.readString(out.resolve("p.dot")).contains("panel"));
        assertFalse(run.out().contains("grown network"), run.out());
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeTwo(@TempDir Path out) throws IOException {
        Path broken = Files.writeString(out.resolve("broken.json"),
                Files.readString(plain).replaceFirst("\\{", "{\"phenotype\": {\"nodes\": 3},"));
        String png = out.resolve("x.png").toString();
        String map = out.resolve("m.png").toString();
        String[][] cases = {
            {"has no grown network", "render", plain.toString(), "--out", png, "--heat-map", map},
            {"has no grown network", "render", plain.toString(), "--out", png, "--heat-map-grid", map},
            {"the grown network is not valid", "render", broken.toString(), "--out", png},
            {"give the source point as X,Y or X,Y,Z", "render", grown.toString(), "--out", png, "--heat-map", map,
                "--weights-from", "left"},
            {"give the source point as X,Y or X,Y,Z", "render", grown.toString(), "--out", png, "--heat-map", map,
                "--weights-from", "1,2,3,4"},
            {"--weights-from picks the source of --heat-map", "render", grown.toString(), "--out", png,
                "--weights-from", "0,0"},
            {"--panels sideways: not a choice; give both, cppn or substrate", "render", grown.toString(), "--out", png,
                "--panels", "sideways"},
            {"--max-connections cannot be negative", "render", grown.toString(), "--out", png, "--max-connections", "-3"},
            {"the heat map is a PNG", "render", grown.toString(), "--out", png, "--heat-map",
                out.resolve("m.svg").toString()},
            {"--heat-map-grid " + out + " is a directory", "render", grown.toString(), "--out", png, "--heat-map-grid",
                out.toString()},
            {"heat map needs at least", "render", grown.toString(), "--out", png, "--heat-map", map, "--width", "100"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
            assertTrue(run.err().contains(c[0]), "expected '" + c[0] + "' in: " + run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        assertFalse(Files.exists(Path.of(map)), "no heat map written on bad input");
        assertFalse(Files.exists(Path.of(png)), "nor a picture");
    }
}
