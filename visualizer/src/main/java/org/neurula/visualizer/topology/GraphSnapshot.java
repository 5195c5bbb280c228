package org.neurula.visualizer.topology;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.graphstream.graph.Graph;
import org.graphstream.stream.file.FileSinkImages;
import org.graphstream.stream.file.images.CustomResolution;
import org.graphstream.ui.swing.util.SwingFileSinkImages;

/**
 * GraphStream's off-screen Swing renderer, asked for one picture of a graph at fixed positions and kept
 * in memory instead of written to a file. Works with {@code java.awt.headless=true}.
 */
final class GraphSnapshot extends SwingFileSinkImages {

    static {
        // GraphStream logs "N images written" at INFO for every picture
        Logger.getLogger(FileSinkImages.class.getName()).setLevel(Level.WARNING);
    }

    private BufferedImage captured;

    private GraphSnapshot(int width, int height) {
        super(FileSinkImages.OutputType.png, new CustomResolution(width, height));
        setLayoutPolicy(FileSinkImages.LayoutPolicy.NO_LAYOUT);
        setQuality(FileSinkImages.Quality.HIGH);
        setAutofit(true);
    }

    /** A {@code width} × {@code height} picture of {@code graph}. */
    static BufferedImage of(Graph graph, int width, int height) {
        GraphSnapshot sink = new GraphSnapshot(width, height);
        try {
            sink.writeAll(graph, "in-memory.png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sink.captured == null) {
            throw new IllegalStateException("GraphStream rendered no picture");
        }
        return sink.captured;
    }

    @Override
    protected void writeImage(BufferedImage image, String filename) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        captured = copy;
    }
}
