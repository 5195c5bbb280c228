package org.neurula.visualizer.heatmap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/** The drawing shared by {@link HeatMap} and {@link HeatMapGrid}: maps, markers, colour bar, text. */
final class HeatMapPainter {

    static final Color TEXT = new Color(0x202020);
    static final Color FRAME = new Color(0x606060);

    private HeatMapPainter() {
    }

    /** A white picture with antialiased text, and its graphics. */
    static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return g;
    }

    /** The target x of pixel column {@code px} of a map {@code side} pixels wide. */
    static double targetX(int px, int side) {
        return -1 + 2 * (px + 0.5) / side;
    }

    /** The target y of pixel row {@code py} of a map {@code side} pixels high (y grows upward). */
    static double targetY(int py, int side) {
        return 1 - 2 * (py + 0.5) / side;
    }

    /** The weights at the pixel centres of a {@code side} × {@code side} map over [-1, 1]², row by row from the top. */
    static double[] sample(OutgoingWeights weights, int side) {
        double[] values = new double[side * side];
        for (int py = 0; py < side; py++) {
            double ty = targetY(py, side);
            for (int px = 0; px < side; px++) {
                values[py * side + px] = weights.weight(targetX(px, side), ty);
            }
        }
        return values;
    }

    /** Fills the square {@code plot} with the colours of {@code values} (from {@link #sample}) and frames it. */
    static void paintMap(BufferedImage image, Graphics2D g, Rectangle plot, double[] values, DivergingScale scale) {
        int side = plot.width;
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                image.setRGB(plot.x + px, plot.y + py, scale.colour(values[py * side + px]).getRGB());
            }
        }
        frame(g, plot);
    }

    /** A one-pixel frame just outside {@code area}, not antialiased so that it never bleeds into it. */
    private static void frame(Graphics2D g, Rectangle area) {
        Graphics2D crisp = (Graphics2D) g.create();
        crisp.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        crisp.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        crisp.setColor(FRAME);
        crisp.setStroke(new BasicStroke(1));
        crisp.drawRect(area.x - 1, area.y - 1, area.width + 1, area.height + 1);
        crisp.dispose();
    }

    /** The pixel of target ({@code tx}, {@code ty}) in {@code plot}, clamped to it. */
    static Point pixel(Rectangle plot, double tx, double ty) {
        int x = (int) Math.floor((tx + 1) / 2 * plot.width);
        int y = (int) Math.floor((1 - ty) / 2 * plot.height);
        return new Point(plot.x + Math.max(0, Math.min(plot.width - 1, x)),
                plot.y + Math.max(0, Math.min(plot.height - 1, y)));
    }

    /** Small dots where the map's values were measured (a grown network's target nodes). */
    static void paintSamples(Graphics2D g, Rectangle plot, List<double[]> points) {
        g.setColor(new Color(0x303030));
        for (double[] p : points) {
            Point at = pixel(plot, p[0], p[1]);
            g.fill(new Ellipse2D.Double(at.x - 1.25, at.y - 1.25, 2.5, 2.5));
        }
    }

    /** The source marked as a black ring with a white halo and a centre dot, of {@code radius} pixels. */
    static void paintSource(Graphics2D g, Rectangle plot, double sx, double sy, double radius) {
        Point at = pixel(plot, sx, sy);
        Ellipse2D ring = new Ellipse2D.Double(at.x - radius, at.y - radius, 2 * radius, 2 * radius);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(2, radius / 2)));
        g.draw(ring);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) Math.max(1, radius / 4)));
        g.draw(ring);
        double dot = Math.max(1, radius / 3);
        g.fill(new Ellipse2D.Double(at.x - dot, at.y - dot, 2 * dot, 2 * dot));
    }

    /** Ticks -1, 0, 1 on both axes of {@code plot} and the axis names. */
    static void paintAxes(Graphics2D graphics, Rectangle plot) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF); // crisp ticks
        FontMetrics m = g.getFontMetrics();
        g.setColor(TEXT);
        for (int k = -1; k <= 1; k++) {
            String label = Integer.toString(k);
            Point x = pixel(plot, k, -1);
            int tickX = k == 1 ? plot.x + plot.width : x.x;
            g.drawLine(tickX, plot.y + plot.height + 1, tickX, plot.y + plot.height + 5);
            g.drawString(label, tickX - m.stringWidth(label) / 2, plot.y + plot.height + 6 + m.getAscent());
            Point y = pixel(plot, -1, k);
            int tickY = k == 1 ? plot.y : y.y;
            g.drawLine(plot.x - 5, tickY, plot.x - 1, tickY);
            g.drawString(label, plot.x - 8 - m.stringWidth(label), tickY + m.getAscent() / 2 - 1);
        }
        String xName = "target x";
        g.drawString(xName, plot.x + (plot.width - m.stringWidth(xName)) / 2,
                plot.y + plot.height + 8 + 2 * m.getHeight());
        String yName = "target y";
        AffineTransform saved = g.getTransform();
        g.translate(plot.x - 26 - m.getDescent(), plot.y + (plot.height + m.stringWidth(yName)) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(yName, 0, 0);
        g.setTransform(saved);
        g.dispose();
    }

    /** A vertical colour bar in {@code bar}, +limit at the top, with ticks at -limit, 0 and +limit. */
    static void paintColourBar(BufferedImage image, Graphics2D g, Rectangle bar, DivergingScale scale) {
        for (int py = 0; py < bar.height; py++) {
            double value = scale.limit() * (1 - 2 * (py + 0.5) / bar.height);
            int rgb = scale.colour(value).getRGB();
            for (int px = 0; px < bar.width; px++) {
                image.setRGB(bar.x + px, bar.y + py, rgb);
            }
        }
        frame(g, bar);
        FontMetrics m = g.getFontMetrics();
        g.setColor(TEXT);
        Object hint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double[] ticks = {scale.limit(), 0, -scale.limit()};
        for (int k = 0; k < 3; k++) {
            int y = bar.y + (int) Math.round(k * (bar.height - 1) / 2.0);
            g.drawLine(bar.x + bar.width + 1, y, bar.x + bar.width + 4, y);
            g.drawString(number(ticks[k]), bar.x + bar.width + 7, y + m.getAscent() / 2 - 1);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint);
        String name = "weight";
        g.drawString(name, bar.x + bar.width / 2 - m.stringWidth(name) / 2, bar.y - 6);
    }

    /** {@code text} centred at the top of the picture, shortened to fit. */
    static void paintTitle(Graphics2D g, String text, int width, int baseline) {
        Font saved = g.getFont();
        g.setFont(saved.deriveFont(Font.BOLD, 13f));
        FontMetrics m = g.getFontMetrics();
        String shown = text;
        while (shown.length() > 4 && m.stringWidth(shown) > width - 8) {
            shown = shown.substring(0, shown.length() - 2);
        }
        if (!shown.equals(text)) {
            shown = shown.substring(0, shown.length() - 1) + "\u2026";
        }
        g.setColor(TEXT);
        g.drawString(shown, Math.max(4, (width - m.stringWidth(shown)) / 2), baseline);
        g.setFont(saved);
    }

    /** A weight for a tick label: three significant digits. */
    static String number(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.3g", v);
    }
}
