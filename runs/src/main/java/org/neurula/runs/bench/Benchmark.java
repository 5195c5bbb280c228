package org.neurula.runs.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.neurula.fitness.ReferenceScore;
import org.neurula.runs.EvolutionRun;
import org.neurula.runs.RunResult;
import org.neurula.runs.config.RunConfig;

/**
 * Runs one config with seeds S..S+N−1 and summarises evaluations-to-solve the way the NEAT paper
 * reports it. Seeds run in parallel, one evaluation thread each (results do not depend on threads).
 */
public final class Benchmark {

    private Benchmark() {
    }

    /**
     * Runs the seeds and returns the per-run results in seed order.
     *
     * @param finished called with each run as soon as it ends (one call at a time), so a long
     *                 benchmark that is interrupted keeps the runs it finished
     */
    public static List<RunResult> run(RunConfig config, int runs, long seed0, int threads, PrintStream progress,
            Consumer<RunResult> finished) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                RunConfig seeded = config.withRun(config.run().withSeed(seed0 + i).withThreads(1));
                futures.add(pool.submit(() -> {
                    RunResult r = EvolutionRun.execute(seeded, null, List.of());
                    synchronized (progress) {
                        progress.printf("seed %d: %s after %d evaluations (%d generations), best fitness %.4f, %d hidden%n",
                                r.seed(), r.solved() ? "solved" : "NOT solved", r.evaluations(), r.generations(),
                                r.bestFitness(), r.hiddenNodes());
                        finished.accept(r);
                    }
                    return r;
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a benchmark run failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The summary.json document.
     *
     * @param references the task's reference scores, written under {@code references}
     */
    public static ObjectNode summary(String task, List<ReferenceScore> references, List<RunResult> results) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("task", task);
        if (!references.isEmpty()) {
            root.set("references", referencesJson(references));
        }
        root.put("runs", results.size());
        List<RunResult> solved = results.stream().filter(RunResult::solved).toList();
        root.put("solved", solved.size());
        root.set("evaluations", Statistics.of(solved.stream().mapToDouble(RunResult::evaluations).toArray()).toJson());
        root.set("generations", Statistics.of(solved.stream().mapToDouble(RunResult::generations).toArray()).toJson());
        root.set("bestFitness", Statistics.of(results.stream().mapToDouble(RunResult::bestFitness).toArray()).toJson());
        if (results.stream().allMatch(r -> r.validation() != null) && !results.isEmpty()) {
            // champions of a stochastic task, each re-evaluated on fresh trials: the spread of their means
            root.set("championValidation", Statistics.of(
                    results.stream().mapToDouble(r -> r.validation().mean()).toArray()).toJson());
        }
        if (results.stream().allMatch(r -> r.blockedValidation() != null) && !results.isEmpty()) {
            // the same champions with plasticity blocked: what their learning was worth
            root.set("championValidationBlocked", Statistics.of(
                    results.stream().mapToDouble(r -> r.blockedValidation().mean()).toArray()).toJson());
        }
        root.set("wallSeconds", Statistics.of(results.stream().mapToDouble(RunResult::wallSeconds).toArray()).toJson());
        // means over solved runs; null (not the string "NaN") when no run solved
        ObjectNode champion = root.putObject("champion");
        ObjectNode hidden = champion.putObject("hiddenNodes");
        solved.stream().mapToDouble(RunResult::hiddenNodes).average()
                .ifPresentOrElse(mean -> hidden.put("mean", mean), () -> hidden.putNull("mean"));
        ObjectNode connections = champion.putObject("enabledConnections");
        solved.stream().mapToDouble(RunResult::enabledConnections).average()
                .ifPresentOrElse(mean -> connections.put("mean", mean), () -> connections.putNull("mean"));
        ArrayNode perRun = root.putArray("perRun");
        for (RunResult r : results) {
            perRun.add(runJson(r));
        }
        return root;
    }

    /** One run's line in {@code runs.jsonl} and entry in the summary's {@code perRun}. */
    public static ObjectNode runJson(RunResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seed", r.seed());
        o.put("solved", r.solved());
        o.put("evaluations", r.evaluations());
        o.put("generations", r.generations());
        o.put("bestFitness", r.bestFitness());
        o.put("wallSeconds", r.wallSeconds());
        o.put("hiddenNodes", r.hiddenNodes());
        o.put("enabledConnections", r.enabledConnections());
        if (r.validation() != null) {
            o.set("validation", r.validation().toJson());
        }
        if (r.blockedValidation() != null) {
            o.set("blockedValidation", r.blockedValidation().toJson());
        }
        return o;
    }

    /** Reference scores as {@code {name: value}}. */
    public static ObjectNode referencesJson(List<ReferenceScore> references) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        references.forEach(ref -> o.put(ref.name(), ref.value()));
        return o;
    }
}
