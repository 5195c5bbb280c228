package org.neurula.visualizer.cli;

import org.neurula.visualizer.topology.DrawingOptions;
import picocli.CommandLine.Option;

/** The drawing options {@code render} and {@code view} share (in the window, L, W and D toggle them). */
final class DrawingFlags {

    @Option(names = "--no-labels", description = "leave out node ids (view: L toggles them)")
    boolean noLabels;

    @Option(names = "--weights", description = "write each connection's weight on it (view: W toggles them)")
    boolean weights;

    @Option(names = "--show-disabled", description = "draw disabled connection genes too, grey and dashed"
            + " (view: D toggles them)")
    boolean showDisabled;

    /** The options these flags ask for. */
    DrawingOptions options() {
        return new DrawingOptions(!noLabels, weights, showDisabled);
    }
}
