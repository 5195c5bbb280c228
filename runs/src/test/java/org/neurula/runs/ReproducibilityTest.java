package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance criterion: a run depends on its config and seed only. The same seed on 1 and on 4
 * threads gives a byte-identical champion.json and identical metrics once the timing is removed.
 */
class ReproducibilityTest {

    private static final int GENERATIONS = 40;

    @TempDir
    Path dir;

    private Path run(String name, String... extra) throws IOException {
        Path config = dir.resolve("xor.yaml");
        if (!Files.exists(config)) {
            // stopWhenSolved false: every run goes the full 40 generations, so structure really evolves
            Files.writeString(config, CliRun.xorConfig(1, GENERATIONS, false));
        }
        Path out = dir.resolve(name);
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = config.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun result = CliRun.of(args);
        assertEquals(0, result.exitCode(), result.err());
        return out;
    }

    /** metrics.jsonl with the "timing" object removed from every line. */
    private static List<JsonNode> metricsWithoutTiming(Path runDir) {
        List<JsonNode> lines = CliRun.readJsonLines(runDir.resolve("metrics.jsonl"));
        for (JsonNode line : lines) {
            assertTrue(line.has("timing"), line.toString());
            ((ObjectNode) line).remove("timing");
        }
        return lines;
    }

    private static byte[] champion(Path runDir) throws IOException {
        return Files.readAllBytes(runDir.resolve("champion.json"));
    }

    @Test
    void oneAndFourThreadsGiveIdenticalResults() throws IOException {
        Path one = run("threads-1", "--threads", "1", "--seed", "1");
        Path four = run("threads-4", "--threads", "4", "--seed", "1");

        assertArrayEquals(champion(one), champion(four), "champion.json must be byte-identical");
        List<JsonNode> metricsOne = metricsWithoutTiming(one);
        List<JsonNode> metricsFour = metricsWithoutTiming(four);
        assertEquals(GENERATIONS, metricsOne.size());
        assertEquals(metricsOne, metricsFour);

        // the runs were not trivial: structure evolved and species split
        JsonNode last = metricsOne.getLast();
        assertTrue(last.get("hiddenNodes").get("max").asInt() > 0, last.toString());
        assertTrue(metricsOne.stream().anyMatch(m -> m.get("species").asInt() > 1));
        assertTrue(CliRun.readJson(one.resolve("champion.json")).get("nodes").size() > 4,
                "the champion has hidden nodes");
    }

    /** Every option copying the NEAT C++ release, as in the benchmark "XOR with Stanley's release mechanics". */
    static final String[] RELEASE_OPTIONS = {
        "--set", "crossover.disabledGenes=RELEASE", "--set", "crossover.averageWeights=0.4",
        "--set", "crossover.equalFitnessDisjoint=SMALLER", "--set", "mutation.weightScheme=RELEASE",
        "--set", "mutation.weightPower=2.5", "--set", "mutation.weightMutation=0.9",
        "--set", "mutation.splitChoice=RELEASE", "--set", "reproduction.parentRule=RELEASE",
        "--set", "speciation.representative=CHAMPION", "--set", "genome.uniformWeights=true",
    };

    private static String[] with(String[] options, String... more) {
        String[] all = new String[options.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(options, 0, all, more.length, options.length);
        return all;
    }

    @Test
    void releaseOptionsGiveIdenticalResultsOnOneAndFourThreads() throws IOException {
        Path one = run("release-1", with(RELEASE_OPTIONS, "--threads", "1", "--seed", "1"));
        Path four = run("release-4", with(RELEASE_OPTIONS, "--threads", "4", "--seed", "1"));
        Path paper = run("paper-1", "--threads", "1", "--seed", "1");

        assertArrayEquals(champion(one), champion(four), "champion.json must be byte-identical");
        List<JsonNode> metricsOne = metricsWithoutTiming(one);
        assertEquals(GENERATIONS, metricsOne.size());
        assertEquals(metricsOne, metricsWithoutTiming(four));
        assertTrue(metricsOne.getLast().get("hiddenNodes").get("max").asInt() > 0, "structure evolved");
        assertNotEquals(metricsOne, metricsWithoutTiming(paper), "the options change the run");
        String resolved = Files.readString(one.resolve("config.yaml"));
        assertTrue(resolved.contains("representative: \"CHAMPION\"") || resolved.contains("representative: CHAMPION"),
                "the resolved config records the options");
    }

    @Test
    void sameSeedTwiceGivesIdenticalResults() throws IOException {
        Path first = run("again-1", "--threads", "2", "--seed", "3");
        Path second = run("again-2", "--threads", "2", "--seed", "3");
        assertArrayEquals(champion(first), champion(second));
        assertEquals(metricsWithoutTiming(first), metricsWithoutTiming(second));
        JsonNode summaryFirst = CliRun.readJson(first.resolve("summary.json"));
        JsonNode summarySecond = CliRun.readJson(second.resolve("summary.json"));
        ((ObjectNode) summaryFirst).remove("timing");
        ((ObjectNode) summarySecond).remove("timing");
        assertEquals(summaryFirst, summarySecond);
    }

    @Test
    void differentSeedsGiveDifferentResults() throws IOException {
        Path a = run("seed-1", "--seed", "1", "--generations", "10");
        Path b = run("seed-2", "--seed", "2", "--generations", "10");
        List<JsonNode> metricsA = metricsWithoutTiming(a);
        List<JsonNode> metricsB = metricsWithoutTiming(b);
        assertNotEquals(metricsA, metricsB);
        // already the random initial population differs
        assertNotEquals(metricsA.getFirst().get("meanFitness"), metricsB.getFirst().get("meanFitness"));
        assertNotEquals(new String(champion(a)), new String(champion(b)));
    }

    @Test
    void plasticRunsGiveIdenticalResultsOnOneAndFourThreads() throws IOException {
        Path config = Files.writeString(dir.resolve("plastic.yaml"), ResumeTest.PLASTIC_TMAZE);
        Path[] outs = {dir.resolve("plastic-1"), dir.resolve("plastic-4")};
        String[] threads = {"1", "4"};
        for (int k = 0; k < 2; k++) {
            CliRun result = CliRun.of("run", config.toString(), "--out", outs[k].toString(), "--threads", threads[k]);
            assertEquals(0, result.exitCode(), result.err());
        }
        assertArrayEquals(champion(outs[0]), champion(outs[1]));
        assertEquals(metricsWithoutTiming(outs[0]), metricsWithoutTiming(outs[1]));
        JsonNode summary = CliRun.readJson(outs[0].resolve("summary.json"));
        assertTrue(summary.has("championValidationBlocked"), "plastic runs validate the champion with plasticity blocked");
    }
}
