package org.neurula.neat.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every out-of-range parameter of a config at once, each with its key path (for example
 * {@code mutation.addNode}) and a message saying what is allowed.
 */
public final class ParameterProblems {

    /** One problem: the dotted key path and what is wrong with its value. */
    public record Problem(String path, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    /** Records a problem at {@code path} unless {@code ok}. */
    public void require(boolean ok, String path, String message) {
        if (!ok) {
            problems.add(new Problem(path, message));
        }
    }

    /** Requires {@code value} to lie in [0, 1]. */
    public void probability(double value, String path) {
        require(value >= 0.0 && value <= 1.0, path, "must be a probability in [0, 1], was " + value);
    }

    /** Requires {@code value} to be positive and finite. */
    public void positive(double value, String path) {
        require(value > 0.0 && Double.isFinite(value), path, "must be positive, was " + value);
    }

    /** Requires {@code value} to be zero or positive and finite. */
    public void nonNegative(double value, String path) {
        require(value >= 0.0 && Double.isFinite(value), path, "must be zero or positive, was " + value);
    }

    /** The problems found, in the order they were found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether no problem was found. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Throws, when there are problems, an {@link IllegalArgumentException} whose message is
     * {@code heading} followed by one line per problem ({@code path: message}).
     */
    public void throwIfAny(String heading) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(heading);
        for (Problem p : problems) {
            message.append("\n  ").append(p.path()).append(": ").append(p.message());
        }
        throw new IllegalArgumentException(message.toString());
    }
}
