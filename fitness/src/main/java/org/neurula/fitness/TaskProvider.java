package org.neurula.fitness;

/**
 * Makes a task from its config; found by {@link java.util.ServiceLoader}, so a jar on the class path
 * that lists its provider in {@code META-INF/services/org.neurula.fitness.TaskProvider} adds a task
 * that configs name by {@link #id()}.
 *
 * @param <C> the task's config record; its components are the keys of the config's {@code task}
 *            section besides {@code type}
 */
public interface TaskProvider<C extends Record> {

    /** The name configs use ({@code task: {type: <id>}}). */
    String id();

    /** One line saying what the task is. */
    String description();

    /** The config record's class. */
    Class<C> configType();

    /** The config with every parameter at its default. */
    C defaults();

    /**
     * The task for a config.
     *
     * @throws IllegalArgumentException naming the parameter if a value is out of range
     */
    Task create(C config);
}
