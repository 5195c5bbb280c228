package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurula.fitness.TaskRegistry;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--out", paramLabel = "DIR", description = "the run directory (default runs/<name>-<timestamp>)")
    Path out;

    @Option(names = "--replace", description = "if --out holds an earlier run, delete it and start over")
    boolean replace;

    @Mixin
    OverrideOptions override;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    ClusterRunOptions clusterRun = new ClusterRunOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        RunConfig resolved;
        try {
            resolved = ConfigSource.load(config, seed, threads, override.generations, override.overrides);
        } catch (ConfigException e) {
            return ConfigSource.report(e, err);
        }
        Path dir = out != null ? out : RunDirectories.fresh(resolved.run().name());
        String refusal = RunDirectories.claim(dir, replace);
        if (refusal != null) {
            err.println("error: " + refusal);
            return ExitCodes.BAD_INPUT;
        }
        Json.writeYaml(dir.resolve("config.yaml"), new ConfigLoader(TaskRegistry.load()).toTree(resolved));
        ClusterRun.Outcome outcome = ClusterRun.execute(resolved, dir,
                List.of(RunReport.progress(outWriter, resolved.run().generations())), null, cluster, clusterRun,
                outWriter, err);
        if (outcome.result() == null) {
            return outcome.exitCode();
        }
        RunReport.finish(resolved, outcome.result(), dir, outWriter);
        return ExitCodes.OK;
    }
}
