package org.neurula.visualizer.view;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.graphstream.graph.Graph;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.topology.PictureLegend;

/**
 * The window's side panel: what the genome shown is, the details of the node or connection under the
 * pointer (or pinned), and the legend with the genome's node colours.
 */
final class InfoPanel extends JScrollPane {

    /** Width of the panel in pixels. */
    static final int WIDTH = 270;

    private static final long serialVersionUID = 1L;
    private static final String NOTHING_UNDER_POINTER =
            "Point at a node or a connection for its details; click to pin them.";

    private final JTextArea genome = text(6);
    private final JTextArea details = text(8);
    private final LegendPanel legend = new LegendPanel();

    InfoPanel() {
        super(VERTICAL_SCROLLBAR_AS_NEEDED, HORIZONTAL_SCROLLBAR_NEVER);
        JPanel content = new JPanel();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        content.add(section("Genome", genome));
        content.add(section("Details", details));
        content.add(legend);
        for (Component c : content.getComponents()) {
            ((JComponent) c).setAlignmentX(0f);
        }
        setViewportView(content);
        setPreferredSize(new Dimension(WIDTH, 200));
        setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, Color.LIGHT_GRAY));
        details.setText(NOTHING_UNDER_POINTER);
    }

    /** Describes {@code shown}, drawn as {@code graph}, and updates the legend's node colours. */
    void showGenome(GenomeFile shown, Graph graph) {
        genome.setText(summary(shown));
        legend.showActivations(PictureLegend.activations(graph), PictureLegend.notes(graph));
    }

    /** Shows the details of an element, or the hint when there is none. */
    void showDetails(Optional<ElementInfo> info) {
        details.setText(info.map(ElementInfo::details).orElse(NOTHING_UNDER_POINTER));
    }

    /** The few lines describing a genome. */
    static String summary(GenomeFile genome) {
        StringBuilder s = new StringBuilder();
        s.append(genome.id() >= 0 ? "Genome " + genome.id() : "Genome").append('\n');
        if (genome.generation() >= 0) {
            s.append("generation ").append(genome.generation()).append('\n');
        }
        if (!Double.isNaN(genome.fitness())) {
            s.append(String.format(Locale.ROOT, "fitness %.4f", genome.fitness())).append('\n');
        }
        s.append(genome.genome().hiddenCount()).append(" hidden nodes\n");
        s.append(genome.genome().enabledConnectionCount()).append(" enabled connections\n");
        if (genome.phenotype().isPresent()) {
            s.append(genome.phenotype().get().nodeCount()).append(" grown nodes, ")
                    .append(genome.phenotype().get().connectionCount()).append(" grown connections\n");
        }
        s.append("file: ").append(genome.file().getFileName());
        return s.toString();
    }

    private static JPanel section(String title, JComponent content) {
        JPanel panel = new JPanel(new BorderLayout());
        panel.setBorder(BorderFactory.createTitledBorder(title));
        panel.add(content, BorderLayout.CENTER);
        panel.setMaximumSize(new Dimension(Integer.MAX_VALUE, panel.getPreferredSize().height));
        return panel;
    }

    private static JTextArea text(int rows) {
        JTextArea area = new JTextArea(rows, 20);
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setFont(area.getFont().deriveFont(Font.PLAIN, 12f));
        return area;
    }
}
