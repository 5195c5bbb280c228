package org.neurula.runs.cli;

/** Exit codes of the {@code neurula} command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The run failed for a reason other than its input. */
    public static final int FAILURE = 1;
    /** Bad input: usage, a missing or invalid config. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
