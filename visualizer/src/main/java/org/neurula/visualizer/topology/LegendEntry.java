package org.neurula.visualizer.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One line of the legend of a topology drawing: a mark in a colour and what it means, or (with a
 * null mark) a line of text. The same lines serve the window's legend panel and the legend of
 * rendered pictures.
 *
 * @param mark   the drawing, or null for text only
 * @param colour the mark's colour ({@code #rrggbb}), or null for text only
 * @param text   what it means
 */
public record LegendEntry(LegendMark mark, String colour, String text) {

    /** The legend of a drawing whose non-input nodes use {@code activations}. */
    public static List<LegendEntry> of(Collection<String> activations) {
        List<LegendEntry> entries = new ArrayList<>(List.of(
                new LegendEntry(LegendMark.LINE, TopologyStyle.EXCITATORY, "positive weight"),
                new LegendEntry(LegendMark.LINE, TopologyStyle.INHIBITORY, "negative weight"),
                new LegendEntry(LegendMark.DASHED, "#909090", "disabled gene"),
                new LegendEntry(null, null, "line width: |weight|"),
                new LegendEntry(LegendMark.BOX, "#f4f4f4", "input"),
                new LegendEntry(LegendMark.DIAMOND, "#fff3b0", "bias"),
                new LegendEntry(LegendMark.CIRCLE, "#e6e6e6", "hidden"),
                new LegendEntry(LegendMark.RIM, "#e6e6e6", "output"),
                new LegendEntry(LegendMark.TRIANGLE, "#e6e6e6", "modulatory"),
                new LegendEntry(null, null, "node colour: activation")));
        for (String activation : activations) {
            entries.add(new LegendEntry(LegendMark.CIRCLE, TopologyStyle.activationColour(activation), activation));
        }
        return entries;
    }
}
