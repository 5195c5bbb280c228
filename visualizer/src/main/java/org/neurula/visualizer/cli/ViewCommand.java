package org.neurula.visualizer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.neurula.runs.cli.CommandExtension;
import org.neurula.runs.cli.ExitCodes;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.replay.GrowthFrames;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.run.RunDirectory;
import org.neurula.visualizer.view.ChampionSequence;
import org.neurula.visualizer.view.GrowthSource;
import org.neurula.visualizer.view.NoDisplayException;
import org.neurula.visualizer.view.ReplaySource;
import org.neurula.visualizer.view.TopologyWindow;
import org.neurula.visualizer.view.ViewSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neurula view}: a champion's (or any genome file's) topology in an interactive window — zoom,
 * pan, details on hover, and for a run directory stepping through its improving champions.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Show a champion's (or any genome file's) topology in a window: wheel or +/- zoom, drag or"
            + " arrows pan, F fits, hover a node or connection for its details.",
            "For a run directory, Prev/Next (Page Up/Down) step through its improving champions.",
            "A genome with a grown network (HyperNEAT) shows its CPPN beside the substrate network at its node"
                + " coordinates; see --panels and --max-connections.",
            "--replay adds a slider over one lifetime of a plastic or pruning champion; --growth a slider over"
                + " the growth of a network grown from one cell (ndp and cell-program runs).",
            "Needs a display; without one use 'neurula render' for a PNG, or run under xvfb-run."})
public final class ViewCommand implements CommandExtension {

    private final Optional<ReplaySource> replaySource;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN-DIR|GENOME.json",
            description = "a run directory (shows its champions, the final one first) or a genome file")
    Path source;

    @Option(names = "--generation", paramLabel = "N",
            description = "start at the champion as it stood at generation N (run directories only)")
    Integer generation;

    @Mixin
    DrawingFlags drawing = new DrawingFlags();

    @Mixin
    SubstrateFlags substrate = new SubstrateFlags();

    @Option(names = "--replay",
            description = "replay each champion's lifetime: a slider and Play over its plastic weights, step by step")
    boolean replay;

    @Option(names = "--growth",
            description = "show each champion's network growing from one cell (run.algorithm: ndp or encoding.type:"
                    + " cell-program): a slider and Play over its growth cycles, and its first pruning")
    boolean growth;

    @Option(names = "--width", defaultValue = "1100", description = "window width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "760", description = "window height in pixels (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "for tests and docs: once the window is drawn, save it as a PNG and close it")
    Path screenshot;

    @Option(names = "--exit-after-ms", paramLabel = "MS", defaultValue = "0",
            description = "for tests: with --screenshot, wait MS ms before capturing (default "
                    + ViewSettings.DEFAULT_SCREENSHOT_DELAY_MILLIS + "); without, close the window after MS ms")
    long exitAfterMillis;

    /** The command as the command line creates it: replay from the {@link ReplaySource} service, if any. */
    public ViewCommand() {
        this(ReplaySource.installed());
    }

    /** The command replaying lifetimes with {@code replaySource} when {@code --replay} is given. */
    public ViewCommand(ReplaySource replaySource) {
        this(Optional.of(replaySource));
    }

    private ViewCommand(Optional<ReplaySource> replaySource) {
        this.replaySource = replaySource;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            checkOptions();
            substrate.options(); // a bad --panels or --max-connections before anything is read
            ChampionSequence champions = champions(); // input errors first, whether or not there is a display
            Optional<ReplaySource> windowReplay = replay ? Optional.of(firstRecordedOnce(champions.current()))
                    : Optional.empty();
            GrowthSource grower = genome -> GrowthFrames.grow(RunLifetimeReplay.configOf(genome.file()), genome);
            GenomeFile first = champions.current();
            Optional<GrowthFrames.Growth> firstGrowth = growth ? Optional.of(grower.grow(first)) : Optional.empty();
            Optional<GrowthSource> windowGrowth = firstGrowth.map(grown ->
                    genome -> genome.file().equals(first.file()) ? grown : grower.grow(genome));
            NoDisplayException.check();
            out.println("showing " + champions.label());
            firstGrowth.ifPresent(g -> out.println("growth: " + GrowthFrames.frameCount(g) + " pictures, "
                    + g.graph().lastCycle() + " growth cycles from one cell to " + g.graph().size() + " cells"
                    + (g.liveAfterPruning() != null ? ", then its first pruning" : "")));
            out.flush();
            ViewSettings settings = new ViewSettings(drawing.options(), substrate.options(), width, height,
                    Optional.ofNullable(screenshot), exitAfterMillis);
            TopologyWindow.showAndWait(champions, settings, windowReplay, windowGrowth);
            if (screenshot != null) {
                out.println("wrote " + screenshot);
                out.flush();
            }
            return ExitCodes.OK;
        } catch (NoDisplayException e) {
            err.println("error: view needs a display (" + e.getMessage()
                    + "); use neurula render for a PNG, or run under xvfb-run");
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot write the screenshot: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
    }

    /**
     * Records the first champion's lifetime before the window opens, so that a refusal is an error
     * message and exit code 2, and hands the window a source that reuses that recording for it.
     */
    private ReplaySource firstRecordedOnce(GenomeFile first) {
        ReplaySource source = replaySource.orElseThrow();
        Optional<WeightTrace> firstTrace = source.trace(first);
        if (firstTrace.isEmpty()) {
            throw new BadInputException("--replay: this genome has nothing to replay (it is not plastic and its"
                    + " run does not prune: its weights never change; replay needs a run with plasticity.enabled:"
                    + " true or network.pruning.enabled: true); leave --replay out");
        }
        return genome -> genome.file().equals(first.file()) ? firstTrace : source.trace(genome);
    }

    private void checkOptions() {
        if (replay && growth) {
            throw new BadInputException("--replay and --growth each take the window's slider; give one of them");
        }
        if (replay && replaySource.isEmpty()) {
            throw new BadInputException("--replay is not available: no lifetime recorder is installed"
                    + " (no org.neurula.visualizer.view.ReplaySource service); leave --replay out to view the topology");
        }
        if (width < 300 || height < 300 || width > 10_000 || height > 10_000) {
            throw new BadInputException("--width and --height must be between 300 and 10000 pixels, not " + width
                    + " × " + height);
        }
        if (exitAfterMillis < 0) {
            throw new BadInputException("--exit-after-ms cannot be negative: " + exitAfterMillis);
        }
        if (screenshot != null && !screenshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".png")) {
            throw new BadInputException("--screenshot " + screenshot + ": name the file .png");
        }
    }

    /** The genomes to step through, positioned at the one to show first. */
    private ChampionSequence champions() {
        GenomeFile first = GenomeSource.resolve(source, generation); // checks source and --generation
        if (Files.isDirectory(source)) {
            return ChampionSequence.ofRun(RunDirectory.open(source), generation);
        }
        return ChampionSequence.ofGenome(first);
    }
}
