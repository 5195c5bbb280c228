package org.neurula.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The task providers visible to a class loader, by id. */
public final class TaskRegistry {

    private final Map<String, TaskProvider<?>> providers;
    private final List<String> skipped;

    private TaskRegistry(Map<String, TaskProvider<?>> providers, List<String> skipped) {
        this.providers = providers;
        this.skipped = List.copyOf(skipped);
    }

    /**
     * The providers found by {@link ServiceLoader} on the given class loader. A provider that cannot
     * be loaded (a misspelt class in a {@code META-INF/services} file, a class that fails to
     * initialise) is skipped and reported by {@link #skipped()}, so one broken jar does not take the
     * built-in tasks with it.
     */
    public static TaskRegistry load(ClassLoader loader) {
        Map<String, TaskProvider<?>> found = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        for (TaskProvider<?> provider : ServiceProviders.load(TaskProvider.class, loader, skipped::add)) {
            TaskProvider<?> previous = found.putIfAbsent(provider.id(), provider);
            if (previous != null && previous.getClass() != provider.getClass()) {
                throw new IllegalStateException("two task providers claim id '" + provider.id() + "': "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new TaskRegistry(found, skipped);
    }

    /** Why each provider that could not be loaded was skipped; empty when all loaded. */
    public List<String> skipped() {
        return skipped;
    }

    /**
     * The providers visible to the current thread's context class loader (which sees jars added to
     * the class path, e.g. with {@code NEURULA_CLASSPATH}), or to this class's loader if none is set.
     */
    public static TaskRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : TaskRegistry.class.getClassLoader());
    }

    /** The provider with that id. */
    public Optional<TaskProvider<?>> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** All providers, sorted by id. */
    public List<TaskProvider<?>> providers() {
        return List.copyOf(providers.values());
    }

    /** All known ids, sorted. */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }
}
