package org.neurula.runs.cli;

import java.util.List;
import org.neurula.fitness.ServiceProviders;
import picocli.CommandLine;

/** Entry point of the {@code neurula} command. */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 failure, 2 bad input). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new NeurulaCommand());
        List<String> missing = UserClassPath.missing(System.getenv("NEURULA_CLASSPATH"));
        if (!missing.isEmpty()) {
            for (String entry : missing) {
                cli.getErr().println("error: NEURULA_CLASSPATH names " + entry + ", which does not exist; "
                        + "fix the path, or leave it out of NEURULA_CLASSPATH");
            }
            cli.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (CommandExtension extension : ServiceProviders.load(CommandExtension.class,
                loader != null ? loader : Main.class.getClassLoader(),
                skipped -> cli.getErr().println("warning: a command extension was skipped: " + skipped))) {
            cli.addSubcommand(extension);
        }
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine.UnmatchedArgumentException unmatched = e instanceof CommandLine.UnmatchedArgumentException u
                    ? u : null;
            CommandLine where = e.getCommandLine();
            if (unmatched != null && where == cli && !unmatched.getUnmatched().isEmpty()
                    && !unmatched.getUnmatched().getFirst().startsWith("-")) {
                String typed = unmatched.getUnmatched().getFirst();
                java.util.Set<String> commands = cli.getSubcommands().keySet();
                String hint = org.neurula.runs.config.KeySuggestions.nearest(typed, commands)
                        .map(c -> "did you mean '" + c + "'? ").orElse("");
                where.getErr().println("error: unknown command '" + typed + "'; " + hint + "commands: "
                        + String.join(", ", commands) + " ('neurula help COMMAND' describes one)");
            } else {
                where.getErr().println("error: " + e.getMessage());
                where.getErr().println("(see 'neurula help" + (where == cli ? "" : " " + where.getCommandName())
                        + "')");
            }
            where.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("NEURULA_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.FAILURE;
        });
        return cli.execute(args);
    }
}
