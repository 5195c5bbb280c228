package org.neurula.visualizer.view;

import java.nio.file.Path;
import java.util.Optional;
import org.neurula.visualizer.substrate.SubstrateOptions;
import org.neurula.visualizer.topology.DrawingOptions;

/**
 * How the window starts.
 *
 * @param drawing         labels and disabled genes at first (both can be toggled in the window)
 * @param substrate       for genomes with a grown network: the panels shown and the connections drawn
 * @param width           window width in pixels (shrunk to the screen when larger)
 * @param height          window height in pixels (shrunk to the screen when larger)
 * @param screenshot      when present, capture the window to this PNG file once it has been painted,
 *                        then close it (for tests and documentation)
 * @param exitAfterMillis with a screenshot: how long after showing the window to capture it; without:
 *                        close the window after this long (0 keeps it open until the user closes it)
 */
public record ViewSettings(DrawingOptions drawing, SubstrateOptions substrate, int width, int height,
        Optional<Path> screenshot, long exitAfterMillis) {

    /** How long to wait before a screenshot when {@code --exit-after-ms} is not given. */
    public static final long DEFAULT_SCREENSHOT_DELAY_MILLIS = 1500;

    /** Checks the sizes and the delay. */
    public ViewSettings {
        if (width < 300 || height < 300) {
            throw new IllegalArgumentException("the window needs at least 300 × 300 pixels, not " + width + " × "
                    + height);
        }
        if (exitAfterMillis < 0) {
            throw new IllegalArgumentException("a delay cannot be negative: " + exitAfterMillis);
        }
    }

    /** Settings with the default drawing of grown networks (both panels, the strongest connections). */
    public ViewSettings(DrawingOptions drawing, int width, int height, Optional<Path> screenshot,
            long exitAfterMillis) {
        this(drawing, SubstrateOptions.defaults(), width, height, screenshot, exitAfterMillis);
    }

    /** The delay before the screenshot. */
    long screenshotDelayMillis() {
        return exitAfterMillis > 0 ? exitAfterMillis : DEFAULT_SCREENSHOT_DELAY_MILLIS;
    }
}
