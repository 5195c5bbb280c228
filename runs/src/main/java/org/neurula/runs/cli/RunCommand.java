package org.neurula.runs.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurula.fitness.ReferenceScore;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.engine.EngineListener;
import org.neurula.neat.engine.Generation;
import org.neurula.runs.EvolutionRun;
import org.neurula.runs.RunResult;
import org.neurula.runs.bench.Benchmark;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neurula run <config>}: one evolution run into a run directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run evolution from a config file (YAML or JSON) and write a run directory.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the config file, e.g. examples/xor.yaml")
    String config;

    @Option(names = "--seed", description = "override run.seed")
    Long seed;

    @Option(names = "--threads", description = "override run.threads (results do not depend on it)")
    Integer threads;

    @Option(names = "--generations", description = "override run.generations")
    Integer generations;

    @Option(names = "--out", paramLabel = "DIR", description = "the run directory (default runs/<name>-<timestamp>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        RunConfig resolved;
        try {
            resolved = ConfigSource.load(config, seed, threads, generations);
        } catch (ConfigException e) {
            return ConfigSource.report(e, err);
        }
        Path dir = out != null ? out : Path.of("runs", resolved.run().name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Json.writeYaml(dir.resolve("config.yaml"), new ConfigLoader(TaskRegistry.load()).toTree(resolved));
        EngineListener progress = new EngineListener() {
            @Override
            public void onGenerationEnd(Generation g) {
                outWriter.printf("generation %d: best %.4f, mean %.4f, %d species, %d evaluations%s%n", g.number(),
                        g.champion().fitness(), g.meanFitness(), g.species().size(), g.evaluations(),
                        g.solved() ? ", solved" : "");
                outWriter.flush();
            }
        };
        RunResult result = EvolutionRun.execute(resolved, dir, List.of(progress));
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("name", resolved.run().name());
        summary.put("task", resolved.task().type());
        summary.put("seed", result.seed());
        summary.put("solved", result.solved());
        summary.put("evaluations", result.evaluations());
        summary.put("generations", result.generations());
        summary.put("bestFitness", result.bestFitness());
        summary.put("championGeneration", result.championGeneration());
        summary.put("hiddenNodes", result.hiddenNodes());
        summary.put("enabledConnections", result.enabledConnections());
        List<ReferenceScore> references = resolved.task().create().referenceScores();
        if (!references.isEmpty()) {
            summary.set("references", Benchmark.referencesJson(references));
        }
        if (result.validation() != null) {
            summary.set("championValidation", result.validation().toJson());
        }
        summary.putObject("timing").put("wallSeconds", result.wallSeconds());
        Json.write(dir.resolve("summary.json"), summary);
        outWriter.printf("%s after %d evaluations (%d generations); champion: fitness %.4f, %d hidden nodes, %d connections%n",
                result.solved() ? "solved" : "not solved", result.evaluations(), result.generations(),
                result.bestFitness(), result.hiddenNodes(), result.enabledConnections());
        if (result.validation() != null) {
            outWriter.printf("champion on %d fresh trials: mean %.4f (std %.4f, %.4f to %.4f)%n", result.validation().n(),
                    result.validation().mean(), result.validation().std(), result.validation().min(),
                    result.validation().max());
        }
        for (ReferenceScore ref : references) {
            outWriter.printf("reference %s: %.4f (%s)%n", ref.name(), ref.value(), ref.meaning());
        }
        outWriter.printf("run directory: %s%n", dir);
        return ExitCodes.OK;
    }
}
