package org.neurula.runs.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand that another module adds to {@code neurula}: a picocli {@code @Command} class with a
 * public no-argument constructor, listed in {@code META-INF/services/org.neurula.runs.cli.CommandExtension}.
 * The visualizer adds {@code render}, {@code view} and {@code report} this way, so that the command
 * line (in {@code runs}) does not depend on the modules built on top of it. The command returns an
 * exit code: 0 success, 1 failure, 2 bad input.
 */
public interface CommandExtension extends Callable<Integer> {
}
