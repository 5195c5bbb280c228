package org.neurula.visualizer.chart;

import java.awt.Color;

/**
 * The colour of a species, a function of its id alone: the same species has the same colour in
 * every chart and every report, and neighbouring ids get clearly different hues (the hue steps by
 * the golden ratio).
 */
public final class SpeciesPalette {

    private static final double GOLDEN_RATIO_FRACTION = 0.6180339887498949;

    private SpeciesPalette() {
    }

    /** The fill colour of species {@code speciesId}. */
    public static Color color(int speciesId) {
        double hue = (0.58 + speciesId * GOLDEN_RATIO_FRACTION) % 1.0;
        float saturation = (speciesId & 1) == 0 ? 0.50f : 0.62f;
        float brightness = (speciesId / 2 & 1) == 0 ? 0.88f : 0.74f;
        return Color.getHSBColor((float) hue, saturation, brightness);
    }

    /** The colour of species {@code speciesId} as CSS hex, e.g. {@code #5a8fd0}. */
    public static String cssHex(int speciesId) {
        return "#%06x".formatted(color(speciesId).getRGB() & 0xffffff);
    }
}
