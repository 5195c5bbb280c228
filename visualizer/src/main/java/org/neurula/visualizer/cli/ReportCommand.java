package org.neurula.visualizer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.neurula.runs.cli.CommandExtension;
import org.neurula.runs.cli.ExitCodes;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.report.HtmlReport;
import org.neurula.visualizer.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neurula report}: one static HTML page about a run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML page about a run: summary, charts, the champion's topology,"
            + " species, improving champions and the config.",
            "The page needs no server and fetches nothing; open it in any browser."})
public final class ReportCommand implements CommandExtension {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN-DIR", description = "a run directory written by neurula run")
    Path runDir;

    @Option(names = "--out", paramLabel = "FILE", description = "the page (default RUN-DIR/report.html)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            RunDirectory run = RunDirectory.open(runDir);
            Path target = out != null ? out : runDir.resolve("report.html");
            OutputFiles.checkNotDirectory(target, "--out");
            Path written = HtmlReport.write(run, target);
            spec.commandLine().getOut().println("wrote " + written);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}
