package org.neurula.visualizer.view;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.Collection;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.neurula.visualizer.topology.LegendEntry;
import org.neurula.visualizer.topology.LegendMark;

/** What the colours and shapes of the drawing mean, with the node colours of the genome shown. */
final class LegendPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final int ICON = 16;

    LegendPanel() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createTitledBorder("Legend"));
        showActivations(java.util.List.of());
    }

    /** Rebuilds the legend for a genome whose non-input nodes use {@code activations}. */
    void showActivations(Collection<String> activations) {
        showActivations(activations, java.util.List.of());
    }

    /** Rebuilds the legend for {@code activations}, followed by {@code notes} (one line each). */
    void showActivations(Collection<String> activations, java.util.List<String> notes) {
        removeAll();
        for (LegendEntry e : LegendEntry.of(activations)) {
            JLabel label = e.mark() == null ? new JLabel(e.text())
                    : new JLabel(e.text(), new Swatch(e.mark(), Color.decode(e.colour())), JLabel.LEADING);
            label.setIconTextGap(8);
            label.setBorder(e.mark() == null ? BorderFactory.createEmptyBorder(3, 2, 3, 2)
                    : BorderFactory.createEmptyBorder(1, 2, 1, 2));
            add(label);
        }
        for (String note : notes) {
            JLabel label = new JLabel("<html><body style='width: 150px'>" + note.replace("&", "&amp;")
                    .replace("<", "&lt;") + "</body></html>");
            label.setBorder(BorderFactory.createEmptyBorder(3, 2, 3, 2));
            add(label);
        }
        revalidate();
        repaint();
    }

    @Override
    public Dimension getMaximumSize() {
        return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }

    /** A small drawing of a mark. */
    private record Swatch(LegendMark mark, Color colour) implements Icon {

        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            mark.paint((Graphics2D) graphics, x, y, ICON, colour);
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
