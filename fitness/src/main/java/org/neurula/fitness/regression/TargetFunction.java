package org.neurula.fitness.regression;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The functions the regression task can fit, by config name. */
public enum TargetFunction {
    /** {@code sin(x)}. */
    SINE("sine", Math::sin),
    /** {@code cos(x)}. */
    COSINE("cosine", Math::cos),
    /** {@code x²}. */
    SQUARE("square", x -> x * x),
    /** {@code |x|}. */
    ABS("abs", Math::abs),
    /** {@code e^(−x²)}. */
    GAUSSIAN("gaussian", x -> Math.exp(-x * x)),
    /** {@code x³ − x} (a cubic with two turning points). */
    CUBIC("cubic", x -> x * x * x - x);

    private final String id;
    private final DoubleUnaryOperator function;

    TargetFunction(String id, DoubleUnaryOperator function) {
        this.id = id;
        this.function = function;
    }

    /** The config name. */
    public String id() {
        return id;
    }

    /** The function's value at {@code x}. */
    public double apply(double x) {
        return function.applyAsDouble(x);
    }

    /** The config names of all functions. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(TargetFunction::id).toList();
    }

    /**
     * The function named {@code id}.
     *
     * @throws IllegalArgumentException listing the valid names
     */
    public static TargetFunction byId(String id) {
        for (TargetFunction f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("function must be one of " + String.join(", ", ids()) + ", was '" + id + "'");
    }
}
