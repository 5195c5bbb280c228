package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.Callable;
import org.neurula.fitness.TaskProvider;
import org.neurula.fitness.TaskRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code neurula tasks}: the tasks configs can name, with their parameters and defaults. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "List the known tasks (built in and found on the class path) with their parameters.")
final class TasksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TaskRegistry registry = TaskRegistry.load();
        for (String skipped : registry.skipped()) {
            spec.commandLine().getErr().println("warning: a task provider was skipped: " + skipped);
        }
        for (TaskProvider<?> provider : registry.providers()) {
            out.printf("%s%n    %s%n", provider.id(), provider.description());
            Record defaults = provider.defaults();
            RecordComponent[] components = provider.configType().getRecordComponents();
            if (components.length == 0) {
                out.println("    (no parameters)");
            }
            for (RecordComponent c : components) {
                Object value = c.getAccessor().invoke(defaults);
                out.printf("    %-22s %-8s default %s%n", c.getName(), c.getType().getSimpleName(), value);
            }
        }
        out.println();
        out.println("Use one in a config as  task: {type: <id>, <parameter>: <value>, ...}");
        return ExitCodes.OK;
    }
}
