package org.neurula.visualizer.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Dimension;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.util.Collection;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.neurula.visualizer.topology.TopologyStyle;

/** What the colours and shapes of the drawing mean, with the node colours of the genome shown. */
final class LegendPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final int ICON = 16;

    /** The kinds of swatch. */
    private enum Mark { LINE, DASHED, BOX, DIAMOND, CIRCLE, RIM, TRIANGLE }

    LegendPanel() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createTitledBorder("Legend"));
        showActivations(java.util.List.of());
    }

    /** Rebuilds the legend for a genome whose non-input nodes use {@code activations}. */
    void showActivations(Collection<String> activations) {
        removeAll();
        add(row(Mark.LINE, TopologyStyle.EXCITATORY, "positive weight"));
        add(row(Mark.LINE, TopologyStyle.INHIBITORY, "negative weight"));
        add(row(Mark.DASHED, "#909090", "disabled gene"));
        JLabel width = new JLabel("line width: |weight|");
        width.setBorder(BorderFactory.createEmptyBorder(1, 2, 4, 2));
        add(width);
        add(row(Mark.BOX, "#f4f4f4", "input"));
        add(row(Mark.DIAMOND, "#fff3b0", "bias"));
        add(row(Mark.CIRCLE, "#e6e6e6", "hidden"));
        add(row(Mark.RIM, "#e6e6e6", "output"));
        add(row(Mark.TRIANGLE, "#e6e6e6", "modulatory"));
        JLabel fills = new JLabel("node colour: activation");
        fills.setBorder(BorderFactory.createEmptyBorder(4, 2, 1, 2));
        add(fills);
        for (String activation : activations) {
            add(row(Mark.CIRCLE, TopologyStyle.activationColour(activation), activation));
        }
        revalidate();
        repaint();
    }

    @Override
    public Dimension getMaximumSize() {
        return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }

    private static JLabel row(Mark mark, String colour, String text) {
        JLabel label = new JLabel(text, new Swatch(mark, Color.decode(colour)), JLabel.LEADING);
        label.setIconTextGap(8);
        label.setBorder(BorderFactory.createEmptyBorder(1, 2, 1, 2));
        return label;
    }

    /** A small drawing of a mark. */
    private record Swatch(Mark mark, Color colour) implements Icon {

        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(x, y);
            int s = ICON - 2;
            switch (mark) {
                case LINE -> {
                    g.setColor(colour);
                    g.setStroke(new BasicStroke(3));
                    g.drawLine(1, ICON / 2, ICON - 1, ICON / 2);
                }
                case DASHED -> {
                    g.setColor(colour);
                    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
                            new float[] {3, 2}, 0));
                    g.drawLine(1, ICON / 2, ICON - 1, ICON / 2);
                }
                case BOX -> outlined(g, new java.awt.Rectangle(2, 2, s - 2, s - 2), 1.5f);
                case DIAMOND -> outlined(g, new Polygon(new int[] {ICON / 2, s, ICON / 2, 1},
                        new int[] {1, ICON / 2, s, ICON / 2}, 4), 1.5f);
                case CIRCLE -> outlined(g, new java.awt.geom.Ellipse2D.Double(2, 2, s - 2, s - 2), 1.5f);
                case RIM -> outlined(g, new java.awt.geom.Ellipse2D.Double(2, 2, s - 2, s - 2), 3f);
                case TRIANGLE -> outlined(g, new Polygon(new int[] {ICON / 2, s, 1}, new int[] {1, s, s}, 3), 2f);
            }
            g.dispose();
        }

        private void outlined(Graphics2D g, java.awt.Shape shape, float width) {
            g.setColor(colour);
            g.fill(shape);
            g.setColor(mark == Mark.TRIANGLE ? new Color(0x7a2a8c) : new Color(0x303030));
            g.setStroke(new BasicStroke(width));
            g.draw(shape);
        }

        @Override
        public int getIconWidth() {
            return ICON;
        }

        @Override
        public int getIconHeight() {
            return ICON;
        }
    }
}
