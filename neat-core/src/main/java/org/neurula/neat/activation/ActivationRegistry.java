package org.neurula.neat.activation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Activation functions by name: the built-ins of {@link Activation} plus any a user registers.
 * A registry belongs to a run (there is no global one); it is filled before the run starts and only
 * read afterwards.
 *
 * <pre>{@code
 * ActivationRegistry registry = ActivationRegistry.withBuiltIns();
 * registry.register("softsign", x -> x / (1 + Math.abs(x)));
 * }</pre>
 */
public final class ActivationRegistry {

    private final Map<String, ActivationFunction> functions = new LinkedHashMap<>();

    private ActivationRegistry() {
    }

    /** A registry holding the built-in functions. */
    public static ActivationRegistry withBuiltIns() {
        ActivationRegistry registry = new ActivationRegistry();
        for (Activation activation : Activation.values()) {
            registry.functions.put(activation.id(), activation);
        }
        return registry;
    }

    /**
     * Adds a user function under {@code id}.
     *
     * @throws IllegalArgumentException if the name is taken
     */
    public ActivationRegistry register(String id, DoubleUnaryOperator function) {
        if (functions.containsKey(id)) {
            throw new IllegalArgumentException("activation '" + id + "' is already registered");
        }
        functions.put(id, new NamedActivation(id, function));
        return this;
    }

    /**
     * The function named {@code id}.
     *
     * @throws IllegalArgumentException naming the known functions if there is none
     */
    public ActivationFunction get(String id) {
        ActivationFunction function = functions.get(id);
        if (function == null) {
            throw new IllegalArgumentException(
                    "unknown activation '" + id + "'; known: " + String.join(", ", ids()));
        }
        return function;
    }

    /** Whether a function of that name is registered. */
    public boolean contains(String id) {
        return functions.containsKey(id);
    }

    /** The registered names, built-ins first. */
    public List<String> ids() {
        return List.copyOf(Collections.unmodifiableSet(functions.keySet()));
    }

    private record NamedActivation(String id, DoubleUnaryOperator function) implements ActivationFunction {
        @Override
        public double apply(double x) {
            return function.applyAsDouble(x);
        }
    }
}
