package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Engine;

/**
 * The README's "Use Neurula from your own project" example compiles against Neurula's modules and,
 * run on the directory of a solved XOR run, prints the answers of a network that solves XOR.
 */
class ReadmeLibraryExampleTest {

    @TempDir
    Path dir;

    @Test
    void theChampionExampleCompilesAndRunsAnEvolvedNetwork() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("## Use Neurula from your own project");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 5));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(block.find(), "the section shows a Java example");
        Path source = Files.createDirectories(dir.resolve("src/com/example")).resolve("UseChampion.java");
        Files.writeString(source, block.group(1));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = String.join(java.io.File.pathSeparator, location(Champion.class), location(Engine.class),
                location(Task.class));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-d", classes.toString(), "-cp", classPath, source.toString());
        assertEquals(0, status, "the README example compiles:\n" + errors.toString(StandardCharsets.UTF_8));

        Path runDir = dir.resolve("xor");
        Path config = Files.writeString(dir.resolve("xor.yaml"), CliRun.xorConfig(1, 100, true));
        CliRun run = CliRun.of("run", config.toString(), "--out", runDir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("solved"), run.out());

        String printed;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("com.example.UseChampion").getMethod("main", String[].class);
            PrintStream original = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
                System.setOut(out);
                main.invoke(null, (Object) new String[] {runDir.toString()});
            } finally {
                System.setOut(original);
            }
            printed = captured.toString(StandardCharsets.UTF_8);
        }
        List<String> lines = printed.lines().toList();
        assertEquals(4, lines.size(), printed);
        double[] expected = {0, 1, 1, 0};
        List<Double> answers = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Matcher m = Pattern.compile("-> (-?[0-9.]+)$").matcher(lines.get(k));
            assertTrue(m.find(), lines.get(k));
            double answer = Double.parseDouble(m.group(1));
            answers.add(answer);
            assertTrue(Math.abs(answer - expected[k]) < 0.5, "the solved champion answers XOR: " + printed);
        }
        // the same network as the run's own compiled champion
        Champion champion = Champion.read(runDir.resolve("champion.json"));
        assertTrue(champion.config().isPresent(), "the run's config is found beside the champion");
        assertEquals(answers.get(1), champion.network().activate(0, 1)[0], 0.0005);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
