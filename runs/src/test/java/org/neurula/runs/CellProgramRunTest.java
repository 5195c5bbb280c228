package org.neurula.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * {@code encoding.type: cell-program} through the command line: NEAT evolves cell programs (2d + 1 inputs, d + 2
 * outputs), the champion file keeps the grown network and regrowing the program gives it again, one
 * thread equals two, a resumed run equals the straight one, and settings that cannot work are refused.
 */
class CellProgramRunTest {

    @TempDir
    Path dir;

    private static final String XOR = """
            run: {name: xc, seed: 3, threads: 2, generations: 14, stopWhenSolved: false, checkpointEvery: 5}
            task: {type: xor, protocol: ndp}
            reproduction: {populationSize: 40}
            network: {cycles: 3}
            encoding: {type: cell-program, cellProgram: {embeddingSize: 2, growthCycles: 3}}
            """;

    private Path config(String text) throws IOException {
        return Files.writeString(dir.resolve("xc.yaml"), text);
    }

    private static void run(String... args) {
        CliRun.succeed(args);
    }

    private static List<JsonNode> metricsWithoutTiming(Path runDir) {
        return CliRun.metricsWithoutTiming(runDir);
    }

    @Test
    void theChampionIsACellProgramThatRegrowsItsSavedNetwork() throws Exception {
        Path out = dir.resolve("one");
        run("run", config(XOR).toString(), "--out", out.toString());
        JsonNode file = CliRun.readJson(out.resolve("champion.json"));
        assertEquals(5, file.get("inputs").asInt(), "two embeddings of 2 and the query");
        assertEquals(4, file.get("outputs").asInt(), "an embedding, division and weight");
        Champion champion = Champion.read(out);
        NetworkBlueprint saved = champion.phenotype().orElseThrow();
        GenomeEncoding encoding = GenomeEncoding.of(champion.config().orElseThrow(),
                champion.config().orElseThrow().task().create());
        NetworkBlueprint regrown = ((DecodeResult.Decoded) encoding.decoder().decode(champion.genome())).blueprint();
        assertArrayEquals(regrown.sources(), saved.sources());
        assertArrayEquals(regrown.targets(), saved.targets());
        assertArrayEquals(regrown.weights(), saved.weights());
        assertTrue(saved.nodeIds().length >= 4, "at least the task's two inputs and two outputs");
        assertEquals(2, champion.network().outputCount());
    }

    @Test
    void oneThreadEqualsTwoAndAResumeEqualsTheStraightRun() throws Exception {
        Path config = config(XOR);
        Path two = dir.resolve("two");
        Path one = dir.resolve("one");
        run("run", config.toString(), "--out", two.toString());
        run("run", config.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(metricsWithoutTiming(two), metricsWithoutTiming(one));
        assertArrayEquals(Files.readAllBytes(two.resolve("champion.json")), Files.readAllBytes(one.resolve("champion.json")));
        Path stopped = dir.resolve("stopped");
        run("run", config.toString(), "--out", stopped.toString(), "--generations", "7");
        Files.writeString(stopped.resolve("config.yaml"),
                Files.readString(stopped.resolve("config.yaml")).replace("generations: 7", "generations: 14"));
        run("resume", stopped.toString());
        assertEquals(metricsWithoutTiming(two), metricsWithoutTiming(stopped));
        assertArrayEquals(Files.readAllBytes(two.resolve("champion.json")),
                Files.readAllBytes(stopped.resolve("champion.json")));
    }

    @Test
    void aPlasticProgramGrowsANetworkWhoseEverySynapseLearnsByTheProgramsRule() throws Exception {
        String tmaze = """
                run: {name: tc, seed: 2, threads: THREADS, generations: 5, stopWhenSolved: false}
                task: {type: tmaze, lifetimes: 2}
                reproduction: {populationSize: 30}
                network: {cycles: 2}
                plasticity: {enabled: true, rules: [abcd], genes: network}
                encoding: {type: cell-program, cellProgram: {embeddingSize: 2, growthCycles: 3}}
                """;
        Path two = dir.resolve("plastic-2");
        Path one = dir.resolve("plastic-1");
        run("run", config(tmaze.replace("THREADS", "2")).toString(), "--out", two.toString());
        run("run", config(tmaze.replace("THREADS", "1")).toString(), "--out", one.toString());
        assertEquals(metricsWithoutTiming(two), metricsWithoutTiming(one));
        Champion champion = Champion.read(two);
        PlasticityGenes genes = champion.genome().plasticity();
        assertTrue(genes != null, "the program carries network-wide plasticity genes");
        GenomeEncoding encoding = GenomeEncoding.of(champion.config().orElseThrow(),
                champion.config().orElseThrow().task().create());
        NetworkBlueprint grown = ((DecodeResult.Decoded) encoding.decoder().decode(champion.genome())).blueprint();
        assertTrue(grown.plasticity() != null, "the grown network is plastic");
        assertEquals(genes.rule(), grown.plasticity().rule());
        for (int c = 0; c < grown.sources().length; c++) {
            for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                assertEquals(genes.parameters()[k], grown.plasticity().parameter(c, k), "synapse " + c + ", " + k);
            }
        }
        JsonNode activity = CliRun.readJson(two.resolve("summary.json")).get("championActivity");
        assertTrue(activity.get("weightDrift").asDouble() > 0, "the grown synapses learned: " + activity);
    }

    @Test
    void settingsThatCannotGrowANetworkAreRefused() throws Exception {
        Path config = config(XOR);
        String[][] cases = {
            {"genome.outputActivation=steepened-sigmoid", "genome.outputActivation", "use tanh"},
            {"plasticity.enabled=true", "plasticity.genes", "set plasticity.genes: network"},
            {"plasticity.enabled=true plasticity.genes=network plasticity.modulation=true", "plasticity.modulation",
                "never modulatory"},
            {"encoding.cellProgram.growthCycles=17", "encoding.cellProgram.growthCycles", "between 0 and 16"},
            {"run.algorithm=ndp", "encoding.type", "use run.algorithm: neat with encoding.type: cell-program"},
        };
        for (String[] c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("run", config.toString()));
            for (String setting : c[0].split(" ")) {
                args.addAll(List.of("--set", setting));
            }
            args.addAll(List.of("--out", dir.resolve("bad").toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), c[0] + ": " + r.err());
            assertTrue(r.err().contains(c[1]) && r.err().contains(c[2]), c[0] + ": " + r.err());
            assertTrue(!r.err().contains("Exception"), r.err());
        }
    }
}
