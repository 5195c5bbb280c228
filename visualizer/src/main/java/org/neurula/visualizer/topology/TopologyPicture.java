package org.neurula.visualizer.topology;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.graphstream.graph.Graph;
import org.neurula.neat.genome.Genome;

/**
 * Pictures of a genome's topology, drawn by GraphStream's renderer without a window: inputs at the
 * bottom, outputs at the top (see {@link LayeredLayout}), node size chosen so that the widest layer and
 * the layer count fit the picture.
 */
public final class TopologyPicture {

    private TopologyPicture() {
    }

    /** A {@code width} × {@code height} picture of {@code genome}. */
    public static BufferedImage image(Genome genome, DrawingOptions options, int width, int height) {
        Placement placement = LayeredLayout.of(genome);
        return image(TopologyGraph.build(genome, options, placement, nodeSize(placement, width, height)), width,
                height);
    }

    /** A {@code width} × {@code height} picture of a graph built by {@link TopologyGraph}. */
    public static BufferedImage image(Graph graph, int width, int height) {
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException("a picture needs at least 16 × 16 pixels, not " + width + " × " + height);
        }
        return GraphSnapshot.of(graph, width, height);
    }

    /** Writes {@link #image(Genome, DrawingOptions, int, int)} to a PNG file, creating its directory. */
    public static void writePng(Genome genome, DrawingOptions options, int width, int height, Path file)
            throws IOException {
        writePng(image(genome, options, width, height), file);
    }

    /** Writes a picture to a PNG file, creating its directory. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** Node size in pixels for a placement drawn at {@code width} × {@code height}. */
    public static int nodeSize(Placement placement, int width, int height) {
        double column = (double) width / (placement.widestLayer() + 1);
        double row = (double) height / (placement.layers() + 1);
        return (int) Math.max(8, Math.min(40, 0.4 * Math.min(column, row)));
    }
}
