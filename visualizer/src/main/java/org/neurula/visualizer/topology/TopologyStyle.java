package org.neurula.visualizer.topology;

import java.util.Locale;
import java.util.Map;
import org.neurula.neat.genome.NodeKind;

/**
 * The look of a topology drawing: GraphStream style sheet, node colours by activation, edge colour by
 * sign and width by |weight|. Shapes say the kind — inputs are squares, the bias a diamond, hidden nodes
 * circles, modulatory nodes triangles, outputs circles with a thick rim. Links drawn against the flow
 * (recurrent) are curves.
 */
public final class TopologyStyle {

    /** Colour of links with a positive weight. */
    public static final String EXCITATORY = "#1f5fbf";
    /** Colour of links with a negative weight. */
    public static final String INHIBITORY = "#d1362f";
    /** Colour of disabled genes. */
    public static final String DISABLED = "#b8b8b8";

    private static final Map<String, String> ACTIVATION_COLOURS = Map.of(
            "steepened-sigmoid", "#8fb4e3",
            "sigmoid", "#a9c6ea",
            "tanh", "#98d08a",
            "relu", "#f5b26b",
            "identity", "#e6e6e6",
            "gaussian", "#d2a8d0",
            "sine", "#9fd8d3",
            "abs", "#f2de7c",
            "step", "#c9a88f");

    /** Colours for activations registered by users, picked by a stable hash of the id. */
    private static final String[] OTHER_COLOURS = {"#e7a3a3", "#b3b3e6", "#c6e2a0", "#f0c9a0", "#a0d8e8"};

    private TopologyStyle() {
    }

    /** The GraphStream style sheet for nodes of {@code nodeSize} pixels, with node and/or weight labels. */
    public static String styleSheet(int nodeSize, boolean labels, boolean weights) {
        int textSize = Math.max(9, Math.min(16, nodeSize / 2));
        String text = labels ? "text-size: " + textSize + "; text-color: #202020; text-alignment: center;"
                : "text-mode: hidden;";
        String edgeText = weights ? "text-size: " + Math.max(8, textSize - 2)
                + "; text-color: #404040; text-background-mode: plain; text-background-color: #ffffffcc;"
                : "text-mode: hidden;";
        int arrowLength = Math.max(6, nodeSize / 3);
        int arrowWidth = Math.max(4, nodeSize / 5);
        return String.format(Locale.ROOT, """
                graph { fill-color: white; padding: %dpx; }
                node { size: %dpx; shape: circle; fill-color: #e6e6e6; stroke-mode: plain; stroke-color: #303030;
                       stroke-width: 1.5px; %s }
                node.inputNode { shape: box; fill-color: #f4f4f4; }
                node.biasNode { shape: diamond; fill-color: #fff3b0; }
                node.outputNode { stroke-width: 3.5px; }
                node.modulatoryNode { shape: triangle; stroke-color: #7a2a8c; stroke-width: 2.5px; }
                edge { arrow-shape: arrow; arrow-size: %dpx, %dpx; %s }
                edge.curved { shape: cubic-curve; }
                edge.routed { shape: polyline; }
                sprite.weight { fill-mode: none; size: 1px; %s }
                sprite.bounds { fill-mode: none; size: 0px; text-mode: hidden; }
                edge.disabled { stroke-mode: dashes; stroke-color: #909090; }
                """, 2 * nodeSize + 8, nodeSize, text, arrowLength, arrowWidth, edgeText, edgeText);
    }

    /** The style class of a node kind. */
    public static String nodeClass(NodeKind kind) {
        return switch (kind) {
            case INPUT -> "inputNode";
            case BIAS -> "biasNode";
            case HIDDEN -> "hiddenNode";
            case OUTPUT -> "outputNode";
            case MODULATORY -> "modulatoryNode";
        };
    }

    /** The fill colour of a node with this activation; inputs and bias keep their class colour. */
    public static String activationColour(String activation) {
        String known = ACTIVATION_COLOURS.get(activation);
        return known != null ? known : OTHER_COLOURS[Math.floorMod(activation.hashCode(), OTHER_COLOURS.length)];
    }

    /** The colour of a link of {@code weight}. */
    public static String edgeColour(double weight, boolean enabled) {
        if (!enabled) {
            return DISABLED;
        }
        return weight >= 0 ? EXCITATORY : INHIBITORY;
    }

    /** The width in pixels of a link of {@code weight} when the strongest link has {@code scale}. */
    public static double edgeWidth(double weight, double scale, boolean enabled) {
        if (!enabled) {
            return 1.0;
        }
        double relative = scale > 0 ? Math.min(1.0, Math.abs(weight) / scale) : 0;
        return 1.0 + 5.0 * relative;
    }

    /** The per-edge style of a link. */
    public static String edgeStyle(double weight, double scale, boolean enabled) {
        return String.format(Locale.ROOT, "fill-color: %s; size: %.2fpx;", edgeColour(weight, enabled),
                edgeWidth(weight, scale, enabled));
    }
}
