package org.neurula.runs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code neurula} command. */
@Command(name = "neurula", mixinStandardHelpOptions = true, version = "neurula 0.1.0",
        description = "Neuroevolution: NEAT plus growth.",
        subcommands = {RunCommand.class, ResumeCommand.class, BenchCommand.class, WorkerCommand.class, TasksCommand.class,
            SchemaCommand.class, CommandLine.HelpCommand.class})
final class NeurulaCommand {
}
