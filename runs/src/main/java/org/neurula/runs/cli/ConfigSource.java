package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.neurula.fitness.TaskRegistry;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.ConfigOverride;
import org.neurula.runs.config.ConfigProblem;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.config.RunSection;

/** Loads a config for a command, applies command-line overrides and reports problems. */
final class ConfigSource {

    private ConfigSource() {
    }

    /**
     * Loads {@code file} with the {@code --set} overrides and applies the options that are not null.
     *
     * @throws ConfigException with every problem, overrides included
     */
    static RunConfig load(String file, Long seed, Integer threads, Integer generations, List<String> overrides)
            throws ConfigException {
        return loadWith(file, seed, threads, generations, overrides == null ? List.of()
                : overrides.stream().map(ConfigOverride::set).toList());
    }

    /**
     * Loads {@code file} with overrides of any option ({@code --set}, {@code --rescore}) applied in order,
     * and applies the options that are not null.
     *
     * @throws ConfigException with every problem, overrides included
     */
    static RunConfig loadWith(String file, Long seed, Integer threads, Integer generations,
            List<ConfigOverride> overrides) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(TaskRegistry.load());
        RunConfig config = loader.loadWith(Path.of(file), file, overrides);
        RunSection run = config.run();
        if (seed != null) {
            run = run.withSeed(seed);
        }
        if (threads != null) {
            run = run.withThreads(threads);
        }
        if (generations != null) {
            run = run.withGenerations(generations);
        }
        List<ConfigProblem> problems = ConfigLoader.runProblems(run, "command line");
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config.withRun(run);
    }

    /** Prints the problems, one per line, and returns the bad-input exit code. */
    static int report(ConfigException e, PrintWriter err) {
        for (ConfigProblem p : e.problems()) {
            err.println("error: " + p.format());
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
