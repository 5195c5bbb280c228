package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Engine;
import org.neurula.runs.cluster.WorkerProcess;

/**
 * The README's "Write your own task" example, as a new user would use it: both classes are cut out
 * of README.md, compiled against Neurula's jars, packaged with their service file in a jar of their
 * own, and then run from code (the lambda) and from a config naming the task by id (the provider).
 */
class ReadmeTaskExampleTest {

    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void buildJarFromReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Write your own task"),
                readme.indexOf("\n## ", readme.indexOf("## Write your own task") + 5));
        Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        Path sources = Files.createDirectories(dir.resolve("src/com/example/mytask"));
        List<String> files = new ArrayList<>();
        while (blocks.find()) {
            String code = blocks.group(1);
            Matcher name = Pattern.compile("public final class (\\w+)").matcher(code);
            assertTrue(name.find(), "every README example is a public class");
            Path file = sources.resolve(name.group(1) + ".java");
            Files.writeString(file, code);
            files.add(file.toString());
        }
        assertEquals(2, files.size(), "the README shows the lambda and the provider");

        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = String.join(java.io.File.pathSeparator, location(Task.class), location(Engine.class));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath));
        args.addAll(files);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        assertEquals(0, status, "the README example compiles:\n" + errors.toString(StandardCharsets.UTF_8));

        jar = dir.resolve("my-tasks.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/org.neurula.fitness.TaskProvider"));
            out.write("com.example.mytask.AndTaskProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLambdaExampleRunsFromCode() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("com.example.mytask.RunAnd").getMethod("main", String[].class);
            PrintStream original = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
                System.setOut(out);
                main.invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(original);
            }
            String printed = captured.toString(StandardCharsets.UTF_8).trim();
            assertTrue(printed.startsWith("best fitness "), printed);
            double best = Double.parseDouble(printed.substring("best fitness ".length()));
            assertTrue(best > 3.0, "30 generations get AND mostly right, best " + best);
        }
    }

    @Test
    void onAClusterTheTaskRunsOnAWorkerThatHasItsJarAndAWorkerWithoutItSaysSo() throws Exception {
        Path config = dir.resolve("and-cluster.yaml");
        Files.writeString(config, "run:  {name: and, seed: 2, generations: 8, stopWhenSolved: false}\n"
                + "task: {type: and, tolerance: 0.3}\n");
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Path local = dir.resolve("and-local");
            CliRun.succeed("run", config.toString(), "--out", local.toString());
            int port = 48800;
            String peers = "127.0.0.1:" + port + ".." + (port + 9);
            try (WorkerProcess without = WorkerProcess.start(dir.resolve("w-without"), port, null)) {
                CliRun refused = CliRun.of("run", config.toString(), "--cluster", peers, "--port",
                        Integer.toString(port), "--out", dir.resolve("and-refused").toString());
                assertEquals(1, refused.exitCode(), refused.err());
                assertTrue(refused.err().contains("this worker cannot read the run's config")
                        && refused.err().contains("unknown task") && refused.err().contains("NEURULA_CLASSPATH"),
                        refused.err());
            }
            try (WorkerProcess with = WorkerProcess.start(dir.resolve("w-with"), port, jar)) {
                Path cluster = dir.resolve("and-cluster");
                CliRun.succeed("run", config.toString(), "--cluster", peers, "--port", Integer.toString(port), "--out",
                        cluster.toString());
                assertEquals(CliRun.metricsWithoutTiming(local), CliRun.metricsWithoutTiming(cluster));
            }
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    @Test
    void theProviderRunsFromAConfigByIdAndIsListed() throws Exception {
        Path config = dir.resolve("and.yaml");
        Files.writeString(config, "run:  {name: and, seed: 1, generations: 100}\ntask: {type: and, tolerance: 0.3}\n");
        Path out = dir.resolve("and-run");
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            CliRun tasks = CliRun.of("tasks");
            assertEquals(0, tasks.exitCode());
            assertTrue(tasks.out().contains("and\n"), tasks.out());
            assertTrue(tasks.out().contains("tolerance"), tasks.out());
            CliRun run = CliRun.of("run", config.toString(), "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            JsonNode summary = CliRun.readJson(out.resolve("summary.json"));
            assertEquals("and", summary.get("task").asText());
            assertTrue(summary.get("solved").asBoolean(), "AND is solved within 100 generations: " + summary);
            CliRun bad = CliRun.of("run", writeBad(), "--out", dir.resolve("bad").toString());
            assertEquals(2, bad.exitCode());
            assertTrue(bad.err().contains("tolerance must lie in (0, 1)"), bad.err());
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    private static String writeBad() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "task: {type: and, tolerance: 2}\n");
        return bad.toString();
    }
}
