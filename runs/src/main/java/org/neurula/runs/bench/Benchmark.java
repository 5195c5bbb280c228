package org.neurula.runs.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neurula.fitness.ReferenceScore;
import org.neurula.neat.engine.EvaluationBackend;
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
     * Runs the seeds and returns the per-run results in seed order, without rescore settings.
     *
     * @param finished called with each run as soon as it ends (one call at a time), so a long
     *                 benchmark that is interrupted keeps the runs it finished
     */
    public static List<BenchRun> run(RunConfig config, int runs, long seed0, int threads, PrintStream progress,
            Consumer<BenchRun> finished) throws InterruptedException {
        return run(config, List.of(), runs, seed0, threads, progress, finished);
    }

    /**
     * Runs the seeds and returns the per-run results in seed order. After each run its champion is
     * scored in the setting it evolved in and then in each of {@code rescores} ({@link ScoringSetting});
     * with no rescores, only for a task that reports {@link org.neurula.fitness.Task#measures measures}.
     *
     * @param rescores settings to score each champion in besides its own, checked beforehand with
     *                 {@link ScoringSetting#misfit}
     * @param finished called with each run as soon as it ends (one call at a time), so a long
     *                 benchmark that is interrupted keeps the runs it finished
     */
    public static List<BenchRun> run(RunConfig config, List<ScoringSetting> rescores, int runs, long seed0,
            int threads, PrintStream progress, Consumer<BenchRun> finished) throws InterruptedException {
        return run(config, rescores, runs, seed0, threads, progress, finished, seeded -> null);
    }

    /**
     * Runs the benchmark as {@link #run(RunConfig, List, int, long, int, PrintStream, Consumer)} does,
     * each run evaluating on the backend {@code evaluation} opens for its config (a cluster), or in
     * this JVM when it gives null; each backend is closed when its run ends.
     */
    public static List<BenchRun> run(RunConfig config, List<ScoringSetting> rescores, int runs, long seed0,
            int threads, PrintStream progress, Consumer<BenchRun> finished,
            Function<RunConfig, EvaluationBackend> evaluation) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BenchRun>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                RunConfig seeded = config.withRun(config.run().withSeed(seed0 + i).withThreads(1));
                futures.add(pool.submit(() -> {
                    RunResult r;
                    EvaluationBackend backend = evaluation.apply(seeded);
                    try {
                        r = EvolutionRun.execute(seeded, null, List.of(), null, backend);
                    } finally {
                        if (backend != null) {
                            backend.close();
                        }
                    }
                    BenchRun run = new BenchRun(r, scores(seeded, rescores, r));
                    synchronized (progress) {
                        progress.printf("seed %d: %s after %d evaluations (%d generations), best fitness %.4f, %d hidden%s%n",
                                r.seed(), r.solved() ? "solved" : "NOT solved", r.evaluations(), r.generations(),
                                r.bestFitness(), r.hiddenNodes(), describe(run.settings()));
                        finished.accept(run);
                    }
                    return run;
                }));
            }
            List<BenchRun> results = new ArrayList<>();
            for (Future<BenchRun> f : futures) {
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

    /** The champion's scores in its own setting and each rescore setting; none if that says nothing new. */
    private static List<SettingScore> scores(RunConfig seeded, List<ScoringSetting> rescores, RunResult r) {
        SettingScore own = ScoringSetting.evolved(seeded).score(r.champion(), r.seed());
        if (rescores.isEmpty() && own.measures().isEmpty()) {
            return List.of(); // its fitness is the run's best fitness already
        }
        List<SettingScore> scores = new ArrayList<>();
        scores.add(own);
        for (ScoringSetting setting : rescores) {
            scores.add(setting.score(r.champion(), r.seed()));
        }
        return scores;
    }

    /** {@code "; evolved: fitness 2180, meanDistanceError 0.12; task.resolution=33: ..."} for the progress line. */
    private static String describe(List<SettingScore> scores) {
        StringBuilder s = new StringBuilder();
        for (SettingScore score : scores) {
            s.append("; ").append(score.setting()).append(": fitness ")
                    .append(String.format(Locale.ROOT, "%.4f", score.fitness()));
            score.measures().forEach((name, value) -> s.append(", ").append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.4f", value)));
            if (!score.decoded()) {
                s.append(" (not decoded: ").append(score.reason()).append(')');
            }
        }
        return s.toString();
    }

    /**
     * The summary.json document.
     *
     * @param references the task's reference scores, written under {@code references}
     */
    public static ObjectNode summary(String task, List<ReferenceScore> references, List<BenchRun> runs) {
        List<RunResult> results = runs.stream().map(BenchRun::result).toList();
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
        if (!runs.isEmpty() && !runs.getFirst().settings().isEmpty()) {
            root.set("settings", settingsSummary(runs));
        }
        ArrayNode perRun = root.putArray("perRun");
        for (BenchRun r : runs) {
            perRun.add(runJson(r));
        }
        return root;
    }

    /**
     * Per setting, in the runs' order: {@code {"decoded": k, "fitness": stats, "measures": {name: stats}}},
     * the statistics over the runs whose champion the setting decoded.
     */
    static ObjectNode settingsSummary(List<BenchRun> runs) {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        List<SettingScore> first = runs.getFirst().settings();
        for (int k = 0; k < first.size(); k++) {
            int index = k;
            List<SettingScore> scores = runs.stream().map(r -> r.settings().get(index)).toList();
            List<SettingScore> decoded = scores.stream().filter(SettingScore::decoded).toList();
            ObjectNode setting = settings.putObject(first.get(k).setting());
            setting.put("decoded", decoded.size());
            setting.set("fitness", Statistics.of(scores.stream().mapToDouble(SettingScore::fitness)
                    .filter(Double::isFinite).toArray()).toJson());
            ObjectNode measures = setting.putObject("measures");
            Set<String> names = new LinkedHashSet<>();
            decoded.forEach(s -> names.addAll(s.measures().keySet()));
            for (String name : names) {
                measures.set(name, Statistics.of(decoded.stream().filter(s -> s.measures().containsKey(name))
                        .mapToDouble(s -> s.measures().get(name)).filter(Double::isFinite).toArray()).toJson());
            }
        }
        return settings;
    }

    /**
     * One run's line in {@code runs.jsonl} and entry in the summary's {@code perRun}; with setting
     * scores, {@code "settings": {name: {"fitness": f, "measures": {...}}}} in the benchmark's order.
     */
    public static ObjectNode runJson(BenchRun run) {
        ObjectNode o = runJson(run.result());
        if (!run.settings().isEmpty()) {
            ObjectNode settings = o.putObject("settings");
            run.settings().forEach(s -> settings.set(s.setting(), s.toJson()));
        }
        return o;
    }

    /** A run result's fields in {@code runs.jsonl}. */
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
