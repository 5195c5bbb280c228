package org.neurula.runs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ReferenceScore;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.runs.RunResult;
import org.neurula.runs.output.Json;

class BenchmarkSummaryTest {

    /** A 2-input genome with {@code hidden} hidden nodes, each split from input 0 to the output. */
    private static Genome genome(int hidden) {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0)
                .connection(1, 1, 3, 1.0, true);
        for (int h = 0; h < hidden; h++) {
            b.node(4 + h, NodeKind.HIDDEN, Activation.STEEPENED_SIGMOID, 0)
                    .connection(10 + 2 * h, 0, 4 + h, 1.0, true)
                    .connection(11 + 2 * h, 4 + h, 3, 1.0, true);
        }
        return b.build();
    }

    private static RunResult result(long seed, boolean solved, long evaluations, long generations, double fitness,
            int hidden) {
        Member champion = new Member(seed * 100, genome(hidden), fitness, solved, 1);
        return new RunResult(seed, solved, evaluations, generations, fitness, 0.5, champion, generations - 1, null);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<BenchRun> runs(List<RunResult> results) {
        return results.stream().map(BenchRun::of).toList();
    }

    @Test
    void summaryOverSolvedRuns() {
        List<RunResult> results = List.of(
                result(1, true, 3000, 20, 15.0, 2),
                result(2, false, 4500, 30, 9.0, 0),
                result(3, true, 5000, 34, 15.5, 1),
                result(4, true, 1000, 7, 14.0, 3));
        ObjectNode summary = Benchmark.summary("xor", List.of(), runs(results));
        assertEquals("xor", summary.get("task").asText());
        assertEquals(4, summary.get("runs").asInt());
        assertEquals(3, summary.get("solved").asInt());
        // evaluations and generations of the solved runs only: 1000, 3000, 5000 and 7, 20, 34
        assertEquals(Statistics.of(new double[] {3000, 5000, 1000}).toJson(), summary.get("evaluations"));
        assertEquals(3000.0, summary.get("evaluations").get("median").asDouble());
        assertEquals(2000.0, summary.get("evaluations").get("std").asDouble(), 1e-9);
        assertEquals(Statistics.of(new double[] {20, 34, 7}).toJson(), summary.get("generations"));
        // best fitness of every run
        assertEquals(Statistics.of(new double[] {15.0, 9.0, 15.5, 14.0}).toJson(), summary.get("bestFitness"));
        assertEquals(0.5, summary.get("wallSeconds").get("mean").asDouble());
        // champions of solved runs: hidden 2, 1, 3; enabled connections 1 + 2h: 5, 3, 7
        assertEquals(2.0, summary.get("champion").get("hiddenNodes").get("mean").asDouble(), 1e-12);
        assertEquals(5.0, summary.get("champion").get("enabledConnections").get("mean").asDouble(), 1e-12);

        JsonNode perRun = summary.get("perRun");
        assertEquals(4, perRun.size());
        JsonNode second = perRun.get(1);
        assertEquals(2, second.get("seed").asLong());
        assertFalse(second.get("solved").asBoolean());
        assertEquals(4500, second.get("evaluations").asLong());
        assertEquals(30, second.get("generations").asLong());
        assertEquals(9.0, second.get("bestFitness").asDouble());
        assertEquals(0, second.get("hiddenNodes").asInt());
        assertEquals(1, second.get("enabledConnections").asInt());
        assertEquals(7, perRun.get(3).get("enabledConnections").asInt());
    }

    @Test
    void noSolvedRunGivesNullsNotNaN() throws Exception {
        ObjectNode summary = Benchmark.summary("xor", List.of(), runs(List.of(result(1, false, 4500, 30, 9.0, 1))));
        assertEquals(0, summary.get("solved").asInt());
        assertTrue(summary.get("evaluations").get("mean").isNull());
        assertTrue(summary.get("generations").get("median").isNull());
        assertEquals(9.0, summary.get("bestFitness").get("mean").asDouble());
        assertTrue(summary.get("champion").get("hiddenNodes").get("mean").isNull(),
                summary.get("champion").toString());
        assertTrue(summary.get("champion").get("enabledConnections").get("mean").isNull());
        String text = Json.PRETTY.writeValueAsString(summary);
        assertFalse(text.contains("NaN"), text);
    }

    @Test
    void stochasticTasksReportReferencesAndTheValidatedChampions() {
        Member champion = new Member(7, genome(1), 70.0, false, 1);
        List<RunResult> results = List.of(
                new RunResult(1, false, 1000, 10, 70.0, 0.5, champion, 9, Statistics.of(new double[] {58, 62})),
                new RunResult(2, false, 1000, 10, 66.0, 0.5, champion, 9, Statistics.of(new double[] {50, 54})));
        ObjectNode summary = Benchmark.summary("tmaze",
                List.of(new ReferenceScore("optimum", 98.8, "ideal learner"), new ReferenceScore("nonLearning", 60, "")),
                runs(results));
        assertEquals(98.8, summary.get("references").get("optimum").asDouble());
        assertEquals(60.0, summary.get("references").get("nonLearning").asDouble());
        // the spread of the champions' validation means, 60 and 52
        assertEquals(Statistics.of(new double[] {60, 52}).toJson(), summary.get("championValidation"));
        assertEquals(Statistics.of(new double[] {58, 62}).toJson(), summary.get("perRun").get(0).get("validation"));
        ObjectNode deterministic = Benchmark.summary("xor", List.of(),
                runs(List.of(result(1, true, 100, 2, 15.0, 1))));
        assertFalse(deterministic.has("references"));
        assertFalse(deterministic.has("championValidation"));
        assertFalse(deterministic.get("perRun").get(0).has("validation"));
    }

    @Test
    void settingScoresAreSummarisedPerSettingOverTheChampionsItDecoded() {
        Map<String, Double> exact = new LinkedHashMap<>();
        exact.put("meanDistanceError", 0.0);
        exact.put("exactTrialFraction", 1.0);
        List<BenchRun> runs = List.of(
                new BenchRun(result(1, true, 100, 2, 2260.0, 1), List.of(
                        new SettingScore("evolved", true, 2260.0, exact, ""),
                        new SettingScore("task.resolution=33", true, 1900.0,
                                Map.of("meanDistanceError", 1.5, "exactTrialFraction", 0.5), ""))),
                new BenchRun(result(2, false, 100, 2, 2000.0, 1), List.of(
                        new SettingScore("evolved", true, 2000.0,
                                Map.of("meanDistanceError", 0.5, "exactTrialFraction", 0.75), ""),
                        SettingScore.rejected("task.resolution=33", 0.0, "no connection reaches an output"))));
        ObjectNode summary = Benchmark.summary("boxes", List.of(), runs);
        JsonNode settings = summary.get("settings");
        assertEquals(List.of("evolved", "task.resolution=33"), names(settings),
                "the champion's own setting first, then the rescores in the order given");
        JsonNode evolved = settings.get("evolved");
        assertEquals(2, evolved.get("decoded").asInt());
        assertEquals(Statistics.of(new double[] {2260, 2000}).toJson(), evolved.get("fitness"));
        assertEquals(List.of("meanDistanceError", "exactTrialFraction"),
                names(evolved.get("measures")), "in the task's order");
        assertEquals(Statistics.of(new double[] {0.0, 0.5}).toJson(), evolved.get("measures").get("meanDistanceError"));
        JsonNode at33 = settings.get("task.resolution=33");
        assertEquals(1, at33.get("decoded").asInt());
        // a rejected champion counts with the null fitness, and has no measures
        assertEquals(Statistics.of(new double[] {1900, 0}).toJson(), at33.get("fitness"));
        assertEquals(Statistics.of(new double[] {1.5}).toJson(), at33.get("measures").get("meanDistanceError"));

        JsonNode second = summary.get("perRun").get(1).get("settings");
        assertEquals(0.5, second.get("evolved").get("measures").get("meanDistanceError").asDouble());
        assertFalse(second.get("evolved").has("decoded"));
        assertFalse(second.get("task.resolution=33").get("decoded").asBoolean());
        assertEquals("no connection reaches an output", second.get("task.resolution=33").get("reason").asText());
        assertEquals(0, second.get("task.resolution=33").get("measures").size());
        assertEquals(Benchmark.runJson(runs.get(1)), summary.get("perRun").get(1), "perRun holds the runs.jsonl lines");

        assertFalse(Benchmark.summary("xor", List.of(), runs(List.of(result(1, true, 100, 2, 15.0, 1))))
                .has("settings"), "no settings block without setting scores");
    }
}
