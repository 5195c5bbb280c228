package org.neurula.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.TaskRegistry;
import org.neurula.fitness.xor.XorTask;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.runs.CliRun;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;

class RunCommandTest {

    private static final List<String> METRICS_KEYS = List.of("generation", "evaluations", "bestFitness",
            "meanFitness", "stdFitness", "species", "speciesSizes", "speciesIds", "hiddenNodes", "enabledConnections", "timing");

    @TempDir
    Path dir;

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("at org."), run.err());
        assertFalse(run.err().contains("at java."), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void missingConfigFileExitsWith2AndAShortMessage() {
        String missing = dir.resolve("no-such-config.yaml").toString();
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", missing, "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(missing), run.err());
        assertTrue(run.err().contains("file not found"), run.err());
        assertNoStackTrace(run);
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(out), "nothing is written for a config that does not load");
    }

    @Test
    void unknownKeyExitsWith2NamingFileLineAndKey() throws IOException {
        Path config = Files.writeString(dir.resolve("typo.yaml"), """
                task:
                  type: xor
                run:
                  seed: 1
                  sead: 2
                """);
        CliRun run = CliRun.of("run", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(config + ":5: run.sead: unknown key"), run.err());
        assertTrue(run.err().contains("did you mean 'seed'?"), run.err());
        assertNoStackTrace(run);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void everyProblemIsPrintedOnItsOwnLine() throws IOException {
        Path config = Files.writeString(dir.resolve("two.yaml"), """
                task: {type: xor}
                mutation:
                  addNode: 2
                network:
                  cycles: 0
                """);
        CliRun run = CliRun.of("run", config.toString());
        assertEquals(2, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: " + config + ":3: mutation.addNode: "), run.err());
        assertTrue(lines.get(1).startsWith("error: " + config + ":5: network.cycles: "), run.err());
    }

    @Test
    void unknownActivationIsABadConfigNotAFailedRun() throws IOException {
        Path config = Files.writeString(dir.resolve("act.yaml"), """
                task: {type: xor}
                genome:
                  hiddenActivation: sigmoidd
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", config.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(config + ":3: genome.hiddenActivation: unknown activation 'sigmoidd'"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badOverrideExitsWith2() throws IOException {
        Path config = Files.writeString(dir.resolve("ok.yaml"), CliRun.xorConfig(1, 5, false));
        CliRun run = CliRun.of("run", config.toString(), "--generations", "0", "--out", dir.resolve("o").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("run.generations: must be at least 1, was 0"), run.err());
        assertNoStackTrace(run);

        CliRun threads = CliRun.of("run", config.toString(), "--threads", "0", "--out", dir.resolve("o").toString());
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("run.threads: must be at least 1, was 0"), threads.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, CliRun.of("run").exitCode());
        assertEquals(2, CliRun.of("fly", "away").exitCode());
        assertEquals(2, CliRun.of("run", "x.yaml", "--generations", "ten").exitCode());
    }

    @Test
    void successfulRunWritesTheRunDirectory() throws Exception {
        Path config = Files.writeString(dir.resolve("xor.yaml"), CliRun.xorConfig(1, 300, false));
        Path out = dir.resolve("runs").resolve("xor-1");
        CliRun run = CliRun.of("run", config.toString(), "--generations", "5", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("run directory: " + out), run.out());
        assertEquals(new TreeSet<>(List.of("config.yaml", "metrics.jsonl", "champion.json", "champions", "checkpoints",
                "summary.json")), new TreeSet<>(Files.list(out).map(p -> p.getFileName().toString()).toList()));
        // the run ended at generation 5: one checkpoint there (every 10 by default, and always at the end)
        assertEquals(List.of("checkpoint-00000005.json.gz"),
                Files.list(out.resolve("checkpoints")).map(p -> p.getFileName().toString()).sorted().toList());
        // every improving champion is kept; the newest is champion.json
        List<Path> champions = Files.list(out.resolve("champions")).sorted().toList();
        assertTrue(!champions.isEmpty() && champions.getLast().getFileName().toString().startsWith("gen-"),
                champions.toString());
        assertEquals(Files.readString(champions.getLast()), Files.readString(out.resolve("champion.json")));

        // config.yaml is the resolved config, overrides applied, and loads again
        ConfigLoader loader = new ConfigLoader(TaskRegistry.load());
        RunConfig resolved = loader.load(out.resolve("config.yaml"), "config.yaml");
        RunConfig original = loader.load(config, "xor.yaml");
        assertEquals(original.withRun(original.run().withGenerations(5)), resolved);

        // metrics.jsonl: one JSON object per generation, in order
        List<JsonNode> metrics = CliRun.readJsonLines(out.resolve("metrics.jsonl"));
        assertEquals(5, metrics.size());
        long previousEvaluations = 0;
        for (int g = 0; g < metrics.size(); g++) {
            JsonNode m = metrics.get(g);
            for (String key : METRICS_KEYS) {
                assertTrue(m.has(key), "line " + g + " lacks " + key + ": " + m);
            }
            assertEquals(g, m.get("generation").asInt());
            assertTrue(m.get("evaluations").asLong() > previousEvaluations);
            previousEvaluations = m.get("evaluations").asLong();
            int sizes = 0;
            for (JsonNode s : m.get("speciesSizes")) {
                sizes += s.asInt();
            }
            assertEquals(150, sizes, "species sizes add up to the population");
            assertEquals(m.get("species").asInt(), m.get("speciesSizes").size());
            assertEquals(m.get("species").asInt(), m.get("speciesIds").size(), "one id per species size");
            assertTrue(m.get("bestFitness").asDouble() >= m.get("meanFitness").asDouble());
            assertTrue(m.get("stdFitness").asDouble() >= 0);
            assertTrue(m.get("hiddenNodes").has("mean") && m.get("hiddenNodes").has("max"));
            assertTrue(m.get("enabledConnections").get("mean").asDouble() >= 1);
            assertTrue(m.get("timing").isObject());
        }
        assertEquals(150, metrics.getFirst().get("evaluations").asLong(), "the first generation evaluates everyone");

        // champion.json: the versioned genome format
        JsonNode champion = CliRun.readJson(out.resolve("champion.json"));
        assertEquals("neurula-genome", champion.get("format").asText());
        assertEquals(1, champion.get("version").asInt());
        assertEquals(2, champion.get("inputs").asInt());
        assertEquals(1, champion.get("outputs").asInt());
        assertTrue(champion.get("nodes").isArray() && champion.get("nodes").size() >= 4);
        assertTrue(champion.get("connections").isArray() && !champion.get("connections").isEmpty());
        // the champion is the best member seen, solved members first
        boolean anySolved = metrics.stream().anyMatch(m -> m.get("solved").asBoolean());
        double best = metrics.stream().filter(m -> !anySolved || m.get("solved").asBoolean())
                .mapToDouble(m -> m.get("bestFitness").asDouble()).max().orElseThrow();
        assertEquals(best, champion.get("fitness").asDouble());
        assertEquals(anySolved, champion.get("solved").asBoolean());

        // the genome in champion.json really is the champion: rebuilt and evaluated, it scores its fitness
        Fitness rescored = new XorTask().newEvaluator().evaluate(compile(parseGenome(champion)),
                new EvaluationContext(new SplittableRandom(1), 0, 0, 0));
        assertEquals(champion.get("fitness").asDouble(), rescored.value(), 1e-12);
        assertEquals(champion.get("solved").asBoolean(), rescored.solved());

        // summary.json agrees with the other files
        JsonNode summary = CliRun.readJson(out.resolve("summary.json"));
        assertEquals("xor", summary.get("task").asText());
        assertEquals("xor", summary.get("name").asText());
        assertEquals(1, summary.get("seed").asLong());
        assertEquals(champion.get("fitness").asDouble(), summary.get("bestFitness").asDouble());
        assertEquals(champion.get("generation").asLong(), summary.get("championGeneration").asLong());
        if (summary.get("solved").asBoolean()) {
            assertTrue(summary.get("generations").asInt() <= 5);
        } else {
            assertEquals(5, summary.get("generations").asInt());
            assertEquals(metrics.getLast().get("evaluations").asLong(), summary.get("evaluations").asLong());
        }
        int hidden = 0;
        for (JsonNode n : champion.get("nodes")) {
            hidden += n.get("kind").asText().equals("hidden") ? 1 : 0;
        }
        assertEquals(hidden, summary.get("hiddenNodes").asInt());
        assertTrue(summary.get("timing").has("wallSeconds"));
    }

    /** Reads a genome back from its neurula-genome JSON. */
    static Genome parseGenome(JsonNode json) {
        ActivationRegistry activations = ActivationRegistry.withBuiltIns();
        GenomeBuilder builder = new GenomeBuilder();
        for (JsonNode n : json.get("nodes")) {
            builder.node(n.get("id").asInt(), NodeKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT)),
                    activations.get(n.get("activation").asText()), n.get("bias").asDouble());
        }
        List<Integer> innovations = new ArrayList<>();
        for (JsonNode c : json.get("connections")) {
            innovations.add(c.get("innovation").asInt());
            builder.connection(c.get("innovation").asInt(), c.get("in").asInt(), c.get("out").asInt(),
                    c.get("weight").asDouble(), c.get("enabled").asBoolean());
        }
        assertEquals(innovations.stream().sorted().toList(), innovations, "connections are in innovation order");
        return builder.build();
    }

    private static org.neurula.neat.network.Network compile(Genome genome) {
        DecodeResult decoded = new DirectDecoder(false).decode(genome);
        return new NetworkCompiler(1).compile(assertInstanceOf(DecodeResult.Decoded.class, decoded).blueprint());
    }

    private static List<String> listing(Path runDir) throws IOException {
        try (var files = Files.walk(runDir)) {
            return files.map(f -> runDir.relativize(f) + (Files.isRegularFile(f) ? ":" + sizeOf(f) : "")).sorted()
                    .toList();
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A run directory belongs to one run: a second run into it is refused (exit 2, nothing changed)
     * unless told to replace it, and a directory holding something other than a run is never used.
     */
    @Test
    void aRunDirectoryIsWrittenOnlyByItsOwnRun() throws IOException {
        Path config = Files.writeString(dir.resolve("xor.yaml"), CliRun.xorConfig(1, 8, false));
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("run", config.toString(), "--out", out.toString()).exitCode());
        List<String> before = listing(out);

        CliRun again = CliRun.of("run", config.toString(), "--out", out.toString(), "--seed", "2");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains(out + " already holds a run; choose another --out"), again.err());
        assertTrue(again.err().contains("--replace"), again.err());
        assertNoStackTrace(again);
        assertEquals(before, listing(out), "a refused run changes nothing");

        CliRun replaced = CliRun.of("run", config.toString(), "--out", out.toString(), "--seed", "2",
                "--generations", "3", "--replace");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertEquals(3, Files.readAllLines(out.resolve("metrics.jsonl")).size(), "only the new run's generations");
        assertTrue(Files.readString(out.resolve("config.yaml")).contains("seed: 2"));

        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("todo.txt"), "mine");
        CliRun foreign = CliRun.of("run", config.toString(), "--out", notes.toString(), "--replace");
        assertEquals(2, foreign.exitCode());
        assertTrue(foreign.err().contains("is not empty and holds no run"), foreign.err());
        assertEquals(List.of("", "todo.txt:4"), listing(notes));

        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRun onFile = CliRun.of("run", config.toString(), "--out", file.toString());
        assertEquals(2, onFile.exitCode());
        assertTrue(onFile.err().contains("is a file, not a directory"), onFile.err());
    }

    @Test
    void anUnknownTaskSaysHowOwnTasksJoin() throws IOException {
        Path config = Files.writeString(dir.resolve("majority.yaml"), "task: {type: majority}\n");
        CliRun run = CliRun.of("run", config.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown task 'majority'"), run.err());
        assertTrue(run.err().contains("NEURULA_CLASSPATH"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aMistypedCommandGetsASuggestionAndHelpDescribesCommands() {
        CliRun typo = CliRun.of("rnu", "examples/xor.yaml");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("unknown command 'rnu'; did you mean 'run'?"), typo.err());
        assertNoStackTrace(typo);
        CliRun help = CliRun.of("help", "run");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--replace"), help.out());
        CliRun badOption = CliRun.of("run", "--sed", "3", "x.yaml");
        assertEquals(2, badOption.exitCode());
        assertTrue(badOption.err().contains("--sed") && badOption.err().contains("neurula help run"), badOption.err());
    }
}
