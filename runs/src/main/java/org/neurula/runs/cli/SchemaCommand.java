package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurula.fitness.TaskRegistry;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.ConfigSchema;
import org.neurula.runs.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neurula schema}: the config's JSON Schema (or, with --markdown, the reference page). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schema of config files (for editors), or the config reference as Markdown.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "write the reference page (docs/config.md) instead of the schema")
    boolean markdown;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        TaskRegistry tasks = TaskRegistry.load();
        ConfigSchema schema = new ConfigSchema(new ConfigLoader(tasks), tasks);
        String text = markdown ? schema.markdown() : Json.PRETTY.writeValueAsString(schema.schema()) + "\n";
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}
