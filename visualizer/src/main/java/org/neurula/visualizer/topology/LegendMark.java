package org.neurula.visualizer.topology;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;

/** The small drawings a legend explains the topology pictures with: line kinds and node shapes. */
public enum LegendMark {
    /** A link. */
    LINE,
    /** A disabled gene. */
    DASHED,
    /** An input node. */
    BOX,
    /** The bias node. */
    DIAMOND,
    /** A hidden node. */
    CIRCLE,
    /** An output node. */
    RIM,
    /** A modulatory node. */
    TRIANGLE;

    /** Draws the mark in {@code colour} in the {@code size} × {@code size} square at ({@code x}, {@code y}). */
    public void paint(Graphics2D graphics, int x, int y, int size, Color colour) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(x, y);
        int s = size - 2;
        switch (this) {
            case LINE -> {
                g.setColor(colour);
                g.setStroke(new BasicStroke(3));
                g.drawLine(1, size / 2, size - 1, size / 2);
            }
            case DASHED -> {
                g.setColor(colour);
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {3, 2},
                        0));
                g.drawLine(1, size / 2, size - 1, size / 2);
            }
            case BOX -> outlined(g, new Rectangle(2, 2, s - 2, s - 2), 1.5f, colour);
            case DIAMOND -> outlined(g, new Polygon(new int[] {size / 2, s, size / 2, 1}, new int[] {1, size / 2, s, size / 2},
                    4), 1.5f, colour);
            case CIRCLE -> outlined(g, new Ellipse2D.Double(2, 2, s - 2, s - 2), 1.5f, colour);
            case RIM -> outlined(g, new Ellipse2D.Double(2, 2, s - 2, s - 2), 3f, colour);
            case TRIANGLE -> outlined(g, new Polygon(new int[] {size / 2, s, 1}, new int[] {1, s, s}, 3), 2f, colour);
        }
        g.dispose();
    }

    private void outlined(Graphics2D g, Shape shape, float width, Color colour) {
        g.setColor(colour);
        g.fill(shape);
        g.setColor(this == TRIANGLE ? new Color(0x7a2a8c) : new Color(0x303030));
        g.setStroke(new BasicStroke(width));
        g.draw(shape);
    }
}
