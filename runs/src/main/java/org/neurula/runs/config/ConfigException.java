package org.neurula.runs.config;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a config file, reported together. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /** An exception carrying {@code problems} (at least one). */
    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order where known. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
