package org.neurula.visualizer.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The stand-in for a chart whose values the metrics file does not hold. */
final class NotRecordedImage {

    private NotRecordedImage() {
    }

    static BufferedImage draw(String title, String message, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xb8bec6));
            g.drawRect(10, 40, width - 21, height - 51);
            g.setColor(new Color(0x2b2f36));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            centre(g, title, width, 26);
            g.setColor(new Color(0x6b7280));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            centre(g, message, width, height / 2 + 20);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void centre(Graphics2D g, String text, int width, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, Math.max(4, (width - metrics.stringWidth(text)) / 2), baseline);
    }
}
