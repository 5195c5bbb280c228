package org.neurula.fitness;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Loads the providers of a service that a {@code META-INF/services} file lists, skipping the ones
 * that cannot be loaded (a misspelt class, a class that fails to initialise) instead of failing, so
 * one broken jar on the class path does not take the others with it. Used for task providers and
 * command extensions.
 */
public final class ServiceProviders {

    /** Consecutive broken entries after which the search gives up. */
    private static final int BROKEN_LIMIT = 100;

    private ServiceProviders() {
    }

    /**
     * The providers of {@code type} visible to {@code loader}, in the service loader's order.
     *
     * @param skipped told, for each provider left out, why and which file to fix
     */
    public static <T> List<T> load(Class<T> type, ClassLoader loader, Consumer<String> skipped) {
        List<T> found = new ArrayList<>();
        Iterator<T> iterator = ServiceLoader.load(type, loader).iterator();
        for (int broken = 0; broken < BROKEN_LIMIT; ) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
                broken = 0;
            } catch (ServiceConfigurationError e) {
                broken++;
                skipped.accept(e.getMessage() + " (fix the META-INF/services/" + type.getName()
                        + " file of the jar that names it)");
            }
        }
        return found;
    }
}
