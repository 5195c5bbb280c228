package org.neurula.runs.config;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;
import org.neurula.fitness.TaskRegistry;

/** A task registry holding the built-in tasks plus {@link CountProvider}, a task with parameters. */
public final class TestTasks {

    private TestTasks() {
    }

    /** The registry; the services file is written into {@code dir}. */
    public static TaskRegistry registry(Path dir) throws IOException {
        Path services = Files.writeString(dir.resolve("task-providers.txt"), CountProvider.class.getName() + "\n");
        URL extra = services.toUri().toURL();
        ClassLoader loader = new ClassLoader(TestTasks.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                List<URL> urls = new ArrayList<>(Collections.list(super.getResources(name)));
                if (name.equals("META-INF/services/" + TaskProvider.class.getName())) {
                    urls.add(extra);
                }
                return Collections.enumeration(urls);
            }
        };
        return TaskRegistry.load(loader);
    }

    /** A task with two parameters; {@code size} must be at least 1. */
    public static final class CountProvider implements TaskProvider<CountProvider.Config> {

        /**
         * @param size  number of inputs
         * @param noise unused
         */
        public record Config(int size, double noise) {
        }

        @Override
        public String id() {
            return "count";
        }

        @Override
        public String description() {
            return "test task with parameters";
        }

        @Override
        public Class<Config> configType() {
            return Config.class;
        }

        @Override
        public Config defaults() {
            return new Config(3, 0.25);
        }

        @Override
        public Task create(Config config) {
            if (config.size() < 1) {
                throw new IllegalArgumentException("size must be at least 1, was " + config.size());
            }
            return Task.of(config.size(), 1, net -> 0.0);
        }
    }
}
