package org.neurula.neat.engine;

/**
 * An {@link EvaluationBackend} could not evaluate a generation at all (not one genome failing, which
 * is an {@link EvaluationOutcome#failed} outcome): its message says why and what to do.
 */
public final class EvaluationUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message that names the cause and the fix. */
    public EvaluationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
