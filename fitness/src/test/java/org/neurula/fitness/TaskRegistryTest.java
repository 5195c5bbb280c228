package org.neurula.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.xor.XorProvider;
import org.neurula.fitness.xor.XorTask;

class TaskRegistryTest {

    @TempDir
    Path dir;

    @Test
    void loadFindsXor() {
        TaskRegistry registry = TaskRegistry.load();
        assertTrue(registry.ids().contains("xor"), registry.ids().toString());
        TaskProvider<?> provider = registry.find("xor").orElseThrow();
        assertInstanceOf(XorProvider.class, provider);
        assertTrue(provider.description().contains("(4 - sum|error|)^2"));
        assertInstanceOf(XorTask.class, new XorProvider().create(new XorProvider().defaults()));
    }

    /**
     * A jar whose service file names a class that does not exist (a typo) costs only its own
     * providers: the built-in tasks still load, and the broken entry is reported by name.
     */
    @Test
    void aMisspeltServiceEntryIsSkippedAndReported() throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(TaskProvider.class.getName()), "com.example.MajortyProvider\n");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new URL[] {dir.toUri().toURL()},
                TaskRegistryTest.class.getClassLoader())) {
            TaskRegistry registry = TaskRegistry.load(loader);
            assertTrue(registry.ids().contains("xor"), registry.ids().toString());
            assertEquals(1, registry.skipped().size(), registry.skipped().toString());
            assertTrue(registry.skipped().getFirst().contains("com.example.MajortyProvider"),
                    registry.skipped().getFirst());
            assertTrue(registry.skipped().getFirst().contains("META-INF/services/" + TaskProvider.class.getName()),
                    registry.skipped().getFirst());
        }
        assertTrue(TaskRegistry.load().skipped().isEmpty());
    }

    @Test
    void unknownIdIsEmpty() {
        assertTrue(TaskRegistry.load().find("pendulum-that-does-not-exist").isEmpty());
        assertTrue(TaskRegistry.load().find("XOR").isEmpty(), "ids are case-sensitive");
    }

    @Test
    void extraProvidersAreFoundAndIdsAreSorted() throws IOException {
        TaskRegistry registry = TaskRegistry.load(loaderListing(AlphaProvider.class.getName()));
        List<String> builtIn = TaskRegistry.load().ids();
        List<String> expected = new java.util.ArrayList<>(builtIn);
        expected.add("alpha");
        expected.sort(null);
        assertEquals(expected, registry.ids(), "the extra provider joins the built-in ones, in sorted order");
        assertInstanceOf(AlphaProvider.class, registry.find("alpha").orElseThrow());
    }

    @Test
    void twoProvidersClaimingOneIdAreRejected() throws IOException {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TaskRegistry.load(loaderListing(FakeXorProvider.class.getName())));
        assertTrue(e.getMessage().contains("'xor'"), e.getMessage());
        assertTrue(e.getMessage().contains(FakeXorProvider.class.getName()), e.getMessage());
    }

    /** A class loader that also lists {@code providerClass} as a task provider. */
    private ClassLoader loaderListing(String providerClass) throws IOException {
        Path services = Files.writeString(dir.resolve("providers-" + System.nanoTime()), providerClass + "\n");
        URL extra = services.toUri().toURL();
        return new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                List<URL> urls = new ArrayList<>(Collections.list(super.getResources(name)));
                if (name.equals("META-INF/services/" + TaskProvider.class.getName())) {
                    urls.add(extra);
                }
                return Collections.enumeration(urls);
            }
        };
    }

    /** A test task provider. */
    public static final class AlphaProvider implements TaskProvider<AlphaProvider.Config> {
        /** No parameters. */
        public record Config() {
        }

        @Override
        public String id() {
            return "alpha";
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public Class<Config> configType() {
            return Config.class;
        }

        @Override
        public Config defaults() {
            return new Config();
        }

        @Override
        public Task create(Config config) {
            return Task.of(1, 1, net -> 0.0);
        }
    }

    /** Claims the id of the built-in XOR task. */
    public static final class FakeXorProvider implements TaskProvider<AlphaProvider.Config> {
        @Override
        public String id() {
            return "xor";
        }

        @Override
        public String description() {
            return "impostor";
        }

        @Override
        public Class<AlphaProvider.Config> configType() {
            return AlphaProvider.Config.class;
        }

        @Override
        public AlphaProvider.Config defaults() {
            return new AlphaProvider.Config();
        }

        @Override
        public Task create(AlphaProvider.Config config) {
            return Task.of(2, 1, net -> 0.0);
        }
    }
}
