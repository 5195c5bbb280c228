package org.neurula.runs.config;

/**
 * One command-line override of a config key, {@code key.path=value}, with the option that gave it, so
 * that a problem it causes names it as the user typed it ({@code --set mutation.addNode=2},
 * {@code --rescore task.resolution=34}).
 *
 * @param option     the command-line option, such as {@code --set}
 * @param assignment {@code key.path=value}, the value read as YAML
 */
public record ConfigOverride(String option, String assignment) {

    /** An override given with {@code --set}. */
    public static ConfigOverride set(String assignment) {
        return new ConfigOverride("--set", assignment);
    }

    /** How messages name it: the option and the assignment. */
    public String source() {
        return option + " " + assignment;
    }
}
