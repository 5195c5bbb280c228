package org.neurula.runs.config;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/**
 * The {@code task} section of a config once resolved: the provider named by {@code type} and its
 * typed config.
 *
 * @param type     the task id
 * @param provider the provider found for it
 * @param config   its config record, defaults filled in
 */
public record TaskSpec(String type, TaskProvider<?> provider, Record config) {

    /** Creates the task. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Task create() {
        return ((TaskProvider) provider).create(config);
    }
}
