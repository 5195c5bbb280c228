package org.neurula.visualizer.view;

import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.replay.GrowthFrames;

/**
 * Grows a genome again for {@code neurula view --growth}: the network its developmental program grows
 * from one cell, cycle by cycle (and what its first lifetime prunes). The window calls it on the Swing
 * event thread, once per champion shown.
 */
@FunctionalInterface
public interface GrowthSource {

    /**
     * The growth of {@code genome}.
     *
     * @throws org.neurula.visualizer.BadInputException when the genome does not grow from one cell, or
     *         its run's config cannot be read; the message is shown in the window (or, for the first
     *         genome, printed as an error before the window opens)
     */
    GrowthFrames.Growth grow(GenomeFile genome);
}
