package org.neurula.visualizer.chart;

/**
 * A {@code metrics.jsonl} that cannot be read: missing, empty, or with a line that is not the JSON a
 * run writes. The message names the file, the line and what is wrong, and says how to fix it; it is
 * meant to be shown to the user as it is.
 */
public final class MetricsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public MetricsFormatException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, caused by {@code cause}. */
    public MetricsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
