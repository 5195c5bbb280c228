package org.neurula.runs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.neurula.neat.engine.EvaluationBackend;
import org.neurula.neat.engine.EvaluationUnavailableException;
import org.neurula.runs.bench.BenchRun;
import org.neurula.runs.bench.Benchmark;
import org.neurula.runs.bench.ScoringSetting;
import org.neurula.runs.cluster.ClusterEvaluation;
import org.neurula.runs.cluster.ClusterSettings;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neurula bench <config> --runs N}: evaluations-to-solve over seeds S..S+N−1. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a config with seeds S..S+N-1 and write DIR/summary.json.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the config file")
    String config;

    @Option(names = "--runs", required = true, description = "number of runs (seeds)")
    int runs;

    @Option(names = "--seed0", description = "first seed (default 1)", defaultValue = "1")
    long seed0;

    @Option(names = "--threads", description = "runs in parallel (default: available processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    Path out;

    @Option(names = "--rescore", paramLabel = "KEY=VALUE",
            description = "after each run, also score its champion with this config key changed, without re-evolving "
                    + "it, e.g. --rescore task.resolution=33 (a CPPN regrows its substrate); repeatable")
    List<String> rescores;

    @Mixin
    OverrideOptions override;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    ClusterRunOptions clusterRun = new ClusterRunOptions();

    private static String yamlOf(RunConfig seeded) {
        try {
            return ClusterRun.yaml(seeded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("error: --runs must be at least 1, was " + runs);
            return ExitCodes.BAD_INPUT;
        }
        int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (parallel < 1) {
            err.println("error: --threads must be at least 1, was " + parallel);
            return ExitCodes.BAD_INPUT;
        }
        RunConfig resolved;
        List<ScoringSetting> settings;
        try {
            resolved = ConfigSource.load(config, null, null, override.generations, override.overrides);
            settings = RescoreSettings.of(config, resolved, override.generations, override.overrides,
                    rescores == null ? List.of() : rescores);
        } catch (ConfigException e) {
            return ConfigSource.report(e, err);
        }
        Path runLog = out.resolve("runs.jsonl");
        if (Files.isRegularFile(out.resolve("config.yaml"))) {
            err.println("error: " + out + " is the run directory of a single run, whose summary.json a benchmark would "
                    + "replace; give the benchmark its own --out directory");
            return ExitCodes.BAD_INPUT;
        }
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(runLog);
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage() + "; choose another --out directory");
            return ExitCodes.BAD_INPUT;
        }
        Optional<ClusterSettings> clusterSettings;
        try {
            clusterSettings = cluster.settings(false);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (clusterSettings.isPresent() && (!resolved.run().algorithm().equals("neat") || clusterRun.embed)) {
            err.println("error: bench --cluster evaluates NEAT runs on workers (neurula worker), without --embed; "
                    + "leave --cluster out, or start workers");
            return ExitCodes.BAD_INPUT;
        }
        List<BenchRun> results;
        try {
            results = Benchmark.run(resolved, settings, runs, seed0, parallel, System.err, r -> appendLine(runLog, r),
                    seeded -> clusterSettings.map(c -> (EvaluationBackend) ClusterEvaluation.of(c, yamlOf(seeded),
                            clusterRun.workerWaitSeconds * 1000L, "-seed-" + seeded.run().seed())).orElse(null));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof EvaluationUnavailableException unavailable) {
                err.println("error: " + unavailable.getMessage());
                err.println("the runs finished so far are in " + runLog);
                return ExitCodes.FAILURE;
            }
            throw e;
        }
        ObjectNode summary = Benchmark.summary(resolved.task().type(), resolved.task().create().referenceScores(),
                results);
        Json.write(out.resolve("summary.json"), summary);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d/%d solved; evaluations mean %s, median %s; champion hidden nodes mean %s%n",
                resolved.task().type(), summary.get("solved").asInt(), runs,
                summary.get("evaluations").get("mean"), summary.get("evaluations").get("median"),
                summary.get("champion").get("hiddenNodes").get("mean"));
        if (summary.has("settings")) {
            summary.get("settings").properties().forEach(setting -> o.printf("  %s%n",
                    settingLine(setting.getKey(), setting.getValue())));
        }
        o.printf("summary: %s%n", out.resolve("summary.json"));
        return ExitCodes.OK;
    }

    /** {@code evolved: fitness mean 2,180 (median ..., min..max); meanDistanceError mean ...}. */
    private static String settingLine(String name, JsonNode setting) {
        StringBuilder s = new StringBuilder(name).append(": fitness ").append(statistics(setting.get("fitness")));
        setting.get("measures").properties().forEach(m -> s.append("; ").append(m.getKey()).append(' ')
                .append(statistics(m.getValue())));
        if (setting.get("decoded").asInt() < setting.get("fitness").get("n").asInt()) {
            s.append(" (").append(setting.get("decoded").asInt()).append(" champions decoded)");
        }
        return s.toString();
    }

    private static String statistics(JsonNode stats) {
        if (stats.get("mean").isNull()) {
            return "none";
        }
        return String.format(Locale.ROOT, "mean %.4g (median %.4g, %.4g-%.4g)", stats.get("mean").asDouble(),
                stats.get("median").asDouble(), stats.get("min").asDouble(), stats.get("max").asDouble());
    }

    /** Appends one finished run to {@code runs.jsonl}, so an interrupted benchmark keeps it. */
    private static void appendLine(Path runLog, BenchRun result) {
        try {
            Files.writeString(runLog, Json.COMPACT.writeValueAsString(Benchmark.runJson(result)) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + runLog + ": " + e.getMessage(), e);
        }
    }
}
