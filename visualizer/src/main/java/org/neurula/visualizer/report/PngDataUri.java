package org.neurula.visualizer.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Images as {@code data:image/png;base64,...} URIs, so the page needs no files beside it. */
final class PngDataUri {

    /** The prefix of every image URI in the report. */
    static final String PREFIX = "data:image/png;base64,";

    private PngDataUri() {
    }

    static String of(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer for this image type");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG: " + e.getMessage(), e);
        }
        return PREFIX + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** An {@code <img>} tag showing {@code image} at its own size (shrunk to fit narrow pages). */
    static String img(BufferedImage image, String alt, String cssClass) {
        return "<img class=\"" + cssClass + "\" src=\"" + of(image) + "\" width=\"" + image.getWidth()
                + "\" height=\"" + image.getHeight() + "\" alt=\"" + Html.escape(alt) + "\">";
    }
}
