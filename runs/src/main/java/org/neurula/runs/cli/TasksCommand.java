package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code neurula tasks}: the tasks configs can name, with their parameters and defaults, and where each
 * task's inputs and outputs lie (its {@link Task#geometry()} at the default parameters), for indirect
 * encodings that place substrate nodes by coordinates.
 */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "List the known tasks (built in and found on the class path) with their parameters "
                + "and the geometry of their inputs and outputs.")
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
            out.printf("    geometry: %s%n", geometryAtDefaults(provider));
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

    /** The geometry line of the provider's task at its defaults, or why there is none. */
    private static <C extends Record> String geometryAtDefaults(TaskProvider<C> provider) {
        try {
            return describe(provider.create(provider.defaults()));
        } catch (RuntimeException e) {
            return "unavailable (the task at its defaults could not be made: " + e.getMessage() + ")";
        }
    }

    /**
     * A one-line summary of a task's geometry: "default lines" with the counts when it is
     * {@link Geometry#lines}, otherwise the dimensions and, for inputs and outputs, the count, whether the
     * points form a grid, and their bounding box.
     */
    static String describe(Task task) {
        Geometry g = task.geometry();
        int inputs = g.inputs().count();
        int outputs = g.outputs().count();
        if (g.equals(Geometry.lines(task.inputs(), task.outputs()))) {
            return "default lines; " + count(inputs, "input") + (inputs == 1 ? " at" : " along") + " y=-1, "
                    + count(outputs, "output") + (outputs == 1 ? " at" : " along") + " y=1";
        }
        String dims = g.dimensions() + "-D; ";
        if (g.inputs().equals(g.outputs())) {
            String points = points(g.inputs());
            return dims + count(inputs, "input") + " and " + count(outputs, "output") + " on the same "
                    + (points.startsWith("in ") ? "points " : "") + points;
        }
        return dims + count(inputs, "input") + " " + points(g.inputs()) + "; "
                + count(outputs, "output") + " " + points(g.outputs());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "11x11 grid, x[-1, 1] y[-1, 1]" or "in x[-1, 1] y[-1, -0.33]". */
    private static String points(Positions p) {
        StringBuilder s = new StringBuilder();
        int columns = distinct(p, 0);
        int rows = distinct(p, 1);
        boolean grid = p.count() > 1 && columns > 1 && rows > 1 && columns * rows == p.count()
                && (p.dimensions() == 2 || distinct(p, 2) == 1) && evenRowMajor(p, columns, rows);
        s.append(grid ? columns + "x" + rows + " grid," : "in");
        String[] axes = {"x", "y", "z"};
        for (int a = 0; a < p.dimensions(); a++) {
            int axis = a;
            double min = coordinates(p, axis).min().orElse(0);
            double max = coordinates(p, axis).max().orElse(0);
            s.append(' ').append(axes[a]).append(min == max ? "=" + number(min) : "[" + number(min) + ", "
                    + number(max) + "]");
        }
        return s.toString();
    }

    /** Whether point k sits at column k mod columns and row k / columns of an evenly spaced lattice. */
    private static boolean evenRowMajor(Positions p, int columns, int rows) {
        double x0 = coordinates(p, 0).min().orElse(0);
        double x1 = coordinates(p, 0).max().orElse(0);
        double y0 = coordinates(p, 1).min().orElse(0);
        double y1 = coordinates(p, 1).max().orElse(0);
        double tolerance = 1e-9 * Math.max(x1 - x0, y1 - y0);
        for (int k = 0; k < p.count(); k++) {
            double x = x0 + (x1 - x0) * (k % columns) / (columns - 1);
            double y = y0 + (y1 - y0) * (k / columns) / (rows - 1);
            if (Math.abs(p.coordinate(k, 0) - x) > tolerance || Math.abs(p.coordinate(k, 1) - y) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static DoubleStream coordinates(Positions p, int axis) {
        return IntStream.range(0, p.count()).mapToDouble(i -> p.coordinate(i, axis));
    }

    private static int distinct(Positions p, int axis) {
        return (int) coordinates(p, axis).distinct().count();
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
