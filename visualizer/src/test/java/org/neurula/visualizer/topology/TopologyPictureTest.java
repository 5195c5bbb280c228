package org.neurula.visualizer.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.neat.genome.Genome;
import org.neurula.visualizer.Pixels;

class TopologyPictureTest {

    @Test
    void aPictureHasTheRequestedSizeAndShowsNodesAndBothEdgeColours() {
        BufferedImage image = TopologyPicture.image(Genomes.recurrent(), DrawingOptions.defaults(), 640, 480);
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        Set<Integer> colours = colours(image);
        assertTrue(colours.size() > 20, "antialiased shapes in several colours, got " + colours.size());
        assertTrue(near(image, TopologyStyle.EXCITATORY), "some excitatory link is drawn");
        assertTrue(near(image, TopologyStyle.INHIBITORY), "some inhibitory link is drawn");
        assertTrue(near(image, TopologyStyle.activationColour("relu")), "node 5's fill is drawn");
    }

    @Test
    void inputsAreDrawnBelowOutputs() {
        // the chain's only relu node (layer 2 of 4) must sit above the tanh node (layer 1)
        BufferedImage image = TopologyPicture.image(Genomes.chain(), new DrawingOptions(false, false, false), 400, 400);
        int reluRow = meanRow(image, TopologyStyle.activationColour("relu"));
        int tanhRow = meanRow(image, TopologyStyle.activationColour("tanh"));
        int outputRow = meanRow(image, TopologyStyle.activationColour("steepened-sigmoid"));
        assertTrue(outputRow < reluRow && reluRow < tanhRow,
                "output row " + outputRow + " above relu " + reluRow + " above tanh " + tanhRow);
    }

    @Test
    void writesAPngFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/chain.png");
        TopologyPicture.writePng(Genomes.chain(), DrawingOptions.defaults(), 300, 200, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(300, read.getWidth());
        assertEquals(200, read.getHeight());
    }

    /** The legend column holds every activation colour of the genome; a small picture has none. */
    @Test
    void rendersCarryALegendColumnWhenThereIsRoom() {
        Genome genome = Genomes.recurrent();
        Placement placement = LayeredLayout.of(genome);
        var graph = TopologyGraph.build(genome, DrawingOptions.defaults(), placement,
                TopologyPicture.nodeSize(placement, 800, 600));
        BufferedImage image = PictureLegend.image(graph, 800, 600);
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        BufferedImage column = image.getSubimage(800 - PictureLegend.WIDTH, 0, PictureLegend.WIDTH, 600);
        for (String activation : PictureLegend.activations(graph)) {
            assertTrue(near(column, TopologyStyle.activationColour(activation)), activation + " explained");
        }
        assertTrue(PictureLegend.activations(graph).contains("relu"));
        assertTrue(near(column, TopologyStyle.EXCITATORY) && near(column, TopologyStyle.INHIBITORY));
        assertTrue(PictureLegend.fits(graph, 800, 600));
        assertTrue(!PictureLegend.fits(graph, 300, 600) && !PictureLegend.fits(graph, 800, 120),
                "no legend where it would crowd the drawing out");
        BufferedImage small = PictureLegend.image(graph, 300, 200);
        assertEquals(300, small.getWidth());
        assertEquals(200, small.getHeight());
    }

    @Test
    void tooSmallAPictureIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopologyPicture.image(Genomes.chain(), DrawingOptions.defaults(), 8, 200));
        assertTrue(e.getMessage().contains("16"));
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }

    private static boolean near(BufferedImage image, String hex) {
        return meanRow(image, hex) >= 0;
    }

    private static int meanRow(BufferedImage image, String hex) {
        return Pixels.meanRow(image, hex, 6);
    }
}
