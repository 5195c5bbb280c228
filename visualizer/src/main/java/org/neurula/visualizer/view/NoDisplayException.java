package org.neurula.visualizer.view;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;

/**
 * There is no screen to open the window on: Java runs headless (no {@code DISPLAY} on Linux, or
 * {@code java.awt.headless=true}), or the X server named by {@code DISPLAY} does not answer. The
 * message says which, in a few words.
 */
public final class NoDisplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reason, in a few words. */
    public NoDisplayException(String reason) {
        super(reason);
    }

    /** Throws when Java has no display to use; returns otherwise. */
    public static void check() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new NoDisplayException(headlessReason());
        }
        try {
            // connects to the display: DISPLAY may name an X server nobody answers (a closed SSH forward)
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        } catch (AWTError | HeadlessException e) {
            throw from(e);
        }
    }

    /** Why Java runs headless, as far as can be told. */
    static String headlessReason() {
        if (Boolean.getBoolean("java.awt.headless")) {
            return "Java runs with java.awt.headless=true";
        }
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && System.getProperty("os.name", "").startsWith("Linux")) {
            return "DISPLAY is not set";
        }
        return "Java found no screen";
    }

    /** The reason for an AWT error raised when the first window was opened. */
    static NoDisplayException from(Throwable error) {
        String display = System.getenv("DISPLAY");
        String detail = display == null || display.isBlank() ? "no screen could be opened"
                : "cannot connect to the X server at DISPLAY=" + display;
        return new NoDisplayException(detail);
    }
}
