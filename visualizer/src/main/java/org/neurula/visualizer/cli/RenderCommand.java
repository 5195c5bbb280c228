package org.neurula.visualizer.cli;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphstream.graph.Graph;
import org.neurula.runs.cli.CommandExtension;
import org.neurula.runs.cli.ExitCodes;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.replay.LifetimeRecorder;
import org.neurula.visualizer.replay.Recording;
import org.neurula.visualizer.replay.ReplayFrames;
import org.neurula.visualizer.replay.TraceJson;
import org.neurula.visualizer.replay.WeightChart;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.GraphExport;
import org.neurula.visualizer.topology.LayeredLayout;
import org.neurula.visualizer.topology.Placement;
import org.neurula.visualizer.topology.TopologyGraph;
import org.neurula.visualizer.topology.PictureLegend;
import org.neurula.visualizer.topology.TopologyPicture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neurula render}: a genome's topology as PNG, DOT or GraphML, without a window. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a champion's (or any genome file's) topology without a window.",
            "The format follows each --out file's extension: .png, .dot (Graphviz) or .graphml.",
            "With --replay, a plastic champion's lifetime: frames (.png), an animation (.gif), the weights (.json)."})
public final class RenderCommand implements CommandExtension {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN-DIR|GENOME.json",
            description = "a run directory (draws its champion) or a genome file such as RUN-DIR/champion.json")
    Path source;

    @Option(names = "--generation", paramLabel = "N",
            description = "draw the champion as it stood at generation N (run directories only)")
    Integer generation;

    @Option(names = "--out", required = true, split = ",", paramLabel = "FILE",
            description = "output file(s): x.png, x.dot, x.graphml (repeat or separate with commas)")
    List<Path> out;

    @Option(names = "--width", defaultValue = "800", description = "PNG width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "600", description = "PNG height in pixels (default ${DEFAULT-VALUE})")
    int height;

    @Mixin
    DrawingFlags drawing = new DrawingFlags();

    @Option(names = "--no-legend", description = "draw PNG pictures without the legend column")
    boolean noLegend;

    @Option(names = "--replay", description = {"replay one lifetime of a plastic champion on the run's task and draw"
        + " its weights as they learn: .png gives numbered frames (x-step-000042.png), .gif an animation,"
        + " .json the recorded weights"})
    boolean replay;

    @Option(names = "--frames", defaultValue = "12", paramLabel = "N",
            description = "with --replay: pictures spread over the lifetime (default ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--max-steps", defaultValue = "" + LifetimeRecorder.DEFAULT_MAX_STEPS, paramLabel = "S",
            description = "with --replay: record at most the first S activation steps (default ${DEFAULT-VALUE})")
    int maxSteps;

    @Option(names = "--weights-chart", paramLabel = "FILE.png",
            description = "with --replay: also a chart of the weights against the step (PNG)")
    Path weightsChart;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        try {
            checkOutputs();
            if (width < 16 || height < 16 || width > 10_000 || height > 10_000) {
                throw new BadInputException("--width and --height must be between 16 and 10000 pixels, not "
                        + width + " × " + height);
            }
            GenomeFile loaded = GenomeSource.resolve(source, generation);
            DrawingOptions options = drawing.options();
            if (replay) {
                return replay(loaded, options, outWriter);
            }
            if (weightsChart != null) {
                throw new BadInputException("--weights-chart goes with --replay");
            }
            Placement placement = LayeredLayout.of(loaded.genome());
            Graph graph = TopologyGraph.build(loaded.genome(), options, placement,
                    TopologyPicture.nodeSize(placement, width, height));
            for (Path file : out) {
                switch (extension(file)) {
                    case "png" -> TopologyPicture.writePng(!noLegend ? PictureLegend.image(graph, width, height)
                            : TopologyPicture.image(graph, width, height), file);
                    case "dot" -> GraphExport.writeDot(graph, file);
                    default -> GraphExport.writeGraphML(graph, file);
                }
                outWriter.println("wrote " + file);
            }
            outWriter.println(GenomeSource.describe(loaded));
            outWriter.flush();
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + OutputFiles.reason(e));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    private int replay(GenomeFile loaded, DrawingOptions options, PrintWriter outWriter) throws IOException {
        if (frames < 1 || frames > 1000) {
            throw new BadInputException("--frames must be between 1 and 1000, not " + frames);
        }
        Path config = Files.isDirectory(source) ? source.resolve("config.yaml") : RunLifetimeReplay.configOf(source);
        Recording recording = LifetimeRecorder.record(config, loaded, maxSteps);
        WeightTrace trace = recording.trace();
        int[] steps = ReplayFrames.chooseSteps(trace, frames);
        List<ReplayFrames.FrameSink> sinks = new ArrayList<>();
        List<AnimatedGifEncoder> gifs = new ArrayList<>();
        List<OutputStream> streams = new ArrayList<>();
        try {
            for (Path file : out) {
                switch (extension(file)) {
                    case "json" -> TraceJson.write(recording, file);
                    case "gif" -> {
                        prepare(file);
                        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
                        streams.add(stream);
                        AnimatedGifEncoder gif = new AnimatedGifEncoder(); // 400 ms a frame, looping
                        gif.start(stream);
                        gif.setRepeat(0);
                        gif.setDelay(400);
                        gifs.add(gif);
                        sinks.add((step, image) -> gif.addFrame(image));
                    }
                    default -> {
                        String stem = stem(file); // one PNG per frame beside the file
                        sinks.add((step, image) -> TopologyPicture.writePng(image,
                                file.resolveSibling(String.format(Locale.ROOT, "%s-step-%06d.png", stem, step))));
                    }
                }
            }
            if (!sinks.isEmpty()) {
                // each frame is drawn once, handed to every output, and dropped
                ReplayFrames.draw(loaded.genome(), trace, steps, options, width, height, (step, image) -> {
                    for (ReplayFrames.FrameSink sink : sinks) {
                        sink.accept(step, image);
                    }
                });
            }
            gifs.forEach(AnimatedGifEncoder::finish);
        } finally {
            for (OutputStream stream : streams) {
                stream.close();
            }
        }
        if (weightsChart != null) {
            TopologyPicture.writePng(WeightChart.image(trace, width, height), weightsChart);
            outWriter.println("wrote " + weightsChart);
        }
        for (Path file : out) {
            outWriter.println(extension(file).equals("png")
                    ? "wrote " + steps.length + " frames " + file.resolveSibling(stem(file) + "-step-*.png")
                    : "wrote " + file);
        }
        outWriter.println(GenomeSource.describe(loaded));
        outWriter.printf(Locale.ROOT, "replayed lifetime: %d steps%s, fitness %.4f%n", recording.steps(),
                recording.truncated() ? " (recorded the first " + (trace.steps() - 1) + ")" : "", trace.fitness());
        outWriter.flush();
        return ExitCodes.OK;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private void checkOutputs() {
        if (weightsChart != null) {
            OutputFiles.checkNotDirectory(weightsChart, "--weights-chart");
            if (!extension(weightsChart).equals("png")) {
                throw new BadInputException("--weights-chart " + weightsChart + ": the chart is a PNG; name the file .png");
            }
        }
        for (Path file : out) {
            OutputFiles.checkNotDirectory(file, "--out");
            String ext = extension(file);
            boolean known = replay ? ext.equals("png") || ext.equals("gif") || ext.equals("json")
                    : ext.equals("png") || ext.equals("dot") || ext.equals("graphml");
            if (!known) {
                throw new BadInputException("--out " + file + ": unknown format '" + ext + "'; name the file "
                        + (replay ? ".png (frames), .gif or .json with --replay" : ".png, .dot or .graphml"));
            }
        }
    }

    private static void prepare(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
