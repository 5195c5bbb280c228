package org.neurula.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;

/** {@code neurula render} end to end, on real run directories. */
class RenderCommandTest {

    @TempDir
    static Path runs;
    static Path xor;
    static Path plastic;

    @BeforeAll
    static void runEvolution() {
        xor = runs.resolve("xor");
        CliRun run = CliRun.of("run", "../examples/xor.yaml", "--seed", "3", "--out", xor.toString());
        assertEquals(0, run.exitCode(), run.err());
        plastic = runs.resolve("xor-plastic");
        run = CliRun.of("run", "../examples/xor.yaml", "--seed", "3", "--generations", "3", "--set",
                "plasticity.enabled=true", "--out", plastic.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void rendersTheChampionAsPngDotAndGraphml(@TempDir Path out) throws IOException {
        Path png = out.resolve("xor.png");
        CliRun run = CliRun.of("render", xor.toString(), "--out", png + "," + out.resolve("xor.dot"),
                "--out", out.resolve("xor.graphml").toString(), "--width", "500", "--height", "400");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(500, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(Files.readString(out.resolve("xor.dot")).startsWith("digraph"));
        assertTrue(Files.readString(out.resolve("xor.graphml")).contains("<graphml"));
        assertTrue(run.out().contains("hidden nodes"), run.out());
    }

    @Test
    void rendersAGenomeFileAndAnEarlierChampion(@TempDir Path out) throws IOException {
        CliRun file = CliRun.of("render", xor.resolve("champion.json").toString(), "--out",
                out.resolve("a.png").toString());
        assertEquals(0, file.exitCode(), file.err());
        CliRun early = CliRun.of("render", xor.toString(), "--generation", "0", "--out", out.resolve("b.png").toString());
        assertEquals(0, early.exitCode(), early.err());
        assertTrue(early.out().contains("of generation 0"), early.out());
    }

    @Test
    void replaysAPlasticChampionsLifetime(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("render", plastic.toString(), "--replay", "--frames", "3", "--out",
                out.resolve("life.png") + "," + out.resolve("life.gif") + "," + out.resolve("life.json"),
                "--weights-chart", out.resolve("weights.png").toString(), "--width", "300", "--height", "200");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            List<String> frames = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("life-step-"))
                    .sorted().toList();
            assertEquals(List.of("life-step-000000.png", "life-step-000002.png", "life-step-000004.png"), frames,
                    "XOR's lifetime is four steps: frames at 0, 2, 4");
        }
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(out.resolve("life.gif").toFile())) {
            javax.imageio.ImageReader gif = ImageIO.getImageReadersByFormatName("gif").next();
            gif.setInput(in);
            assertEquals(3, gif.getNumImages(true), "one picture per frame");
            assertEquals(300, gif.getWidth(0));
            assertEquals(200, gif.getHeight(0));
        }
        CliRun file = CliRun.of("render", plastic.resolve("champion.json").toString(), "--replay", "--out",
                out.resolve("file.json").toString());
        assertEquals(0, file.exitCode(), "a champion file inside its run directory replays too: " + file.err());
        JsonNode trace = CliRun.readJson(out.resolve("life.json"));
        assertEquals("neurula-weight-trace", trace.get("format").asText());
        assertEquals(5, trace.get("frames").size());
        assertEquals(trace.get("innovations").size(), trace.get("frames").get(0).size());
        assertEquals(300, ImageIO.read(out.resolve("weights.png").toFile()).getWidth());
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeTwo(@TempDir Path out) throws IOException {
        Path lone = out.resolve("lone.json");
        Files.copy(plastic.resolve("champion.json"), lone);
        Path corrupt = out.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"nodes\": [");
        Path checkpoint;
        try (var files = Files.list(xor.resolve("checkpoints"))) {
            checkpoint = files.sorted().findFirst().orElseThrow();
        }
        Path binary = Files.write(out.resolve("binary.json"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x7B});
        String png = out.resolve("x.png").toString();
        String[][] cases = {
            {"a compressed (gzip) file, such as a checkpoint, not a genome", "render", checkpoint.toString(),
                "--out", png},
            {"not a text file, so not a genome", "render", binary.toString(), "--out", png},
            {"no such file; give a run directory or a genome .json file", "render", out.resolve("missing").toString(), "--out", png},
            {"not a run directory", "render", out.toString(), "--out", png},
            {"not JSON", "render", corrupt.toString(), "--out", png},
            {"unknown format 'svg'", "render", xor.toString(), "--out", out.resolve("x.svg").toString()},
            {"past the run's last generation", "render", xor.toString(), "--generation", "100000", "--out", png},
            {"--generation picks a champion from a run directory", "render", xor.resolve("champion.json").toString(),
                "--generation", "1", "--out", png},
            {"not plastic", "render", xor.toString(), "--replay", "--out", png},
            {"is not in a run directory", "render", lone.toString(), "--replay", "--out", png},
            {"is a directory", "render", xor.toString(), "--out", out.toString()},
            {"the chart is a PNG", "render", plastic.toString(), "--replay", "--out", png, "--weights-chart",
                out.resolve("w.svg").toString()},
            {"--width and --height", "render", xor.toString(), "--width", "5", "--out", png},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
            assertTrue(run.err().contains(c[0]), "expected '" + c[0] + "' in: " + run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        assertFalse(Files.exists(Path.of(png)), "nothing written on bad input");
    }
}
