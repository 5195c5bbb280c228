package org.neurula.visualizer;

/**
 * Input the visualizer cannot use — a missing run directory, a genome file that is not a genome, a
 * generation the run never reached. The message names what is wrong and how to fix it; the command
 * line prints it and exits with code 2.
 */
public final class BadInputException extends RuntimeException {

    /** An error with a message meant for the user. */
    public BadInputException(String message) {
        super(message);
    }

    /** An error with a message meant for the user and its underlying cause. */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
