package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.runs.RunResult;
import org.neurula.runs.checkpoint.CheckpointStore;
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

/**
 * {@code neurula resume <run-dir>}: continues a run from its newest readable checkpoint with the
 * run directory's own {@code config.yaml}; the result is the one the uninterrupted run would have
 * had.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a run from the newest readable checkpoint in its run directory.")
final class ResumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN-DIR", description = "a run directory written by 'neurula run'")
    Path runDir;

    @Option(names = "--threads", description = "override run.threads (results do not depend on it)")
    Integer threads;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    ClusterRunOptions clusterRun = new ClusterRunOptions();

    @Mixin
    OverrideOptions override;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path configFile = runDir.resolve("config.yaml");
        if (!Files.isDirectory(runDir) || !Files.isRegularFile(configFile)) {
            err.println("error: " + runDir + " is not a run directory (it has no config.yaml); "
                    + "give the directory that 'neurula run' wrote");
            return ExitCodes.BAD_INPUT;
        }
        // another task type is refused before the overrides are applied: the saved config's task
        // parameters belong to its own task and would only be reported as unknown keys of the other one
        String otherTask = taskTypeOverride(override.overrides);
        if (otherTask != null) {
            RunConfig savedConfig;
            try {
                savedConfig = ConfigSource.load(configFile.toString(), null, null, null, null);
            } catch (ConfigException e) {
                return ConfigSource.report(e, err);
            }
            if (!otherTask.equals(savedConfig.task().type())) {
                err.println("error: " + ResumeCheck.otherTask(savedConfig.task().type(), otherTask));
                return ExitCodes.BAD_INPUT;
            }
        }
        RunConfig resolved;
        try {
            resolved = ConfigSource.load(configFile.toString(), null, threads, override.generations,
                    override.overrides);
        } catch (ConfigException e) {
            return ConfigSource.report(e, err);
        }
        if (!resolved.run().algorithm().equals("neat")) {
            err.println("error: " + runDir + " is a run of run.algorithm " + resolved.run().algorithm()
                    + "; those keep no checkpoints "
                    + "and cannot be resumed; run it again with: neurula run " + configFile);
            return ExitCodes.BAD_INPUT;
        }
        CheckpointStore store = new CheckpointStore(runDir, ActivationRegistry.withBuiltIns());
        Optional<CheckpointStore.Loaded> loaded = store.newest(warning -> err.println("warning: " + warning));
        if (loaded.isEmpty()) {
            err.println("error: " + runDir.resolve(CheckpointStore.DIRECTORY) + " holds no readable checkpoint; "
                    + "start the run again with: neurula run " + configFile);
            return ExitCodes.BAD_INPUT;
        }
        long from = loaded.get().checkpoint().generation();
        if (from >= resolved.run().generations()) {
            err.println("error: the checkpoint is at generation " + from + ", which is already the cap of "
                    + resolved.run().generations() + "; raise it with --generations");
            return ExitCodes.BAD_INPUT;
        }
        if (resolved.run().stopWhenSolved() && loaded.get().checkpoint().progress().solvedEvaluations() >= 0) {
            err.println("error: this run is already solved and stops when solved; there is nothing to continue");
            return ExitCodes.BAD_INPUT;
        }
        RunConfig saved;
        try {
            saved = ConfigSource.load(configFile.toString(), null, null, null, null);
        } catch (ConfigException e) {
            return ConfigSource.report(e, err);
        }
        List<String> problems = ResumeCheck.problems(saved, resolved, loaded.get().checkpoint().engine());
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            return ExitCodes.BAD_INPUT;
        }
        out.printf("resuming %s from generation %d (%s)%n", runDir, from, loaded.get().file().getFileName());
        byte[] savedText = Files.readAllBytes(configFile);
        if (override.generations != null || threads != null || override.overrides != null) {
            // the changes are part of the run from now on, so a later resume keeps them
            Json.writeYaml(configFile, new ConfigLoader(TaskRegistry.load()).toTree(resolved));
        }
        RunResult result;
        try {
            ClusterRun.Outcome outcome = ClusterRun.execute(resolved, runDir,
                    List.of(RunReport.progress(out, resolved.run().generations())), loaded.get().checkpoint(), cluster,
                    clusterRun, out, err);
            if (outcome.result() == null) {
                return outcome.exitCode();
            }
            result = outcome.result();
        } catch (RuntimeException e) {
            // a resume that failed before it got anywhere leaves the run's config as it was
            long reached = store.newest(warning -> { }).map(l -> l.checkpoint().generation()).orElse(from);
            if (reached <= from) {
                Files.write(configFile, savedText);
            }
            throw e;
        }
        RunReport.finish(resolved, result, runDir, out);
        return ExitCodes.OK;
    }

    /** The task type the last {@code --set task.type=...} names, or null. */
    private static String taskTypeOverride(List<String> overrides) {
        String type = null;
        if (overrides != null) {
            for (String o : overrides) {
                if (o.startsWith("task.type=")) {
                    type = o.substring("task.type=".length()).trim();
                }
            }
        }
        return type;
    }
}
