package org.neurula.visualizer.cli;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.graphstream.graph.Graph;
import org.neurula.developmental.hyperneat.CppnPattern;
import org.neurula.runs.Champion;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.cli.CommandExtension;
import org.neurula.runs.cli.ExitCodes;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.heatmap.ExpressedWeights;
import org.neurula.visualizer.heatmap.HeatMap;
import org.neurula.visualizer.heatmap.HeatMapGrid;
import org.neurula.visualizer.replay.GrowthFrames;
import org.neurula.visualizer.replay.LifetimeRecorder;
import org.neurula.visualizer.replay.Recording;
import org.neurula.visualizer.replay.ReplayFrames;
import org.neurula.visualizer.replay.TraceJson;
import org.neurula.visualizer.replay.WeightChart;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.visualizer.substrate.GenomeDrawing;
import org.neurula.visualizer.substrate.Panels;
import org.neurula.visualizer.substrate.SubstrateOptions;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.GraphExport;
import org.neurula.visualizer.topology.PictureLegend;
import org.neurula.visualizer.topology.TopologyPicture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neurula render}: a genome's topology as PNG, DOT or GraphML, without a window; for a genome
 * with a grown network, the CPPN beside the substrate network and, on request, heat maps of the
 * weights the grown network expresses.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a champion's (or any genome file's) topology without a window.",
            "The format follows each --out file's extension: .png, .dot (Graphviz) or .graphml.",
            "A genome file with a grown network (HyperNEAT's substrate, saved as its \"phenotype\") is drawn in two"
                + " panels: the CPPN (the genome) on the left, the substrate network at its node coordinates on the"
                + " right (3-D: one sheet per z, side by side); --panels picks one, --max-connections caps the"
                + " links drawn (.dot and .graphml hold them all). --heat-map and --heat-map-grid draw the weights"
                + " the grown network expresses over its target sheet.",
            "With --replay, a plastic champion's lifetime: frames (.png), an animation (.gif), the weights (.json)."})
public final class RenderCommand implements CommandExtension {

    private static final int DEFAULT_WIDTH = 800;
    private static final int DEFAULT_HEIGHT = 600;
    private static final int GROWN_WIDTH = 1200;
    private static final int HEAT_MAP_WIDTH = 640;
    private static final int HEAT_MAP_HEIGHT = 520;

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

    @Option(names = "--width", description = "PNG width in pixels (default 800; 1200 for a grown network's two"
            + " panels; 640 for heat maps)")
    Integer width;

    @Option(names = "--height", description = "PNG height in pixels (default 600; 520 for heat maps)")
    Integer height;

    @Mixin
    DrawingFlags drawing = new DrawingFlags();

    @Mixin
    SubstrateFlags substrate = new SubstrateFlags();

    @Option(names = "--heat-map", paramLabel = "FILE.png",
            description = {"for a genome with a grown network: a heat map of the weights one source node expresses"
                + " over the sheet it connects to (red negative, white 0, blue positive); the source is the input"
                + " nearest (0, 0) unless --weights-from names one"})
    Path heatMap;

    @Option(names = "--heat-map-grid", paramLabel = "FILE.png",
            description = "for a genome with a grown network: one small heat map per input node, laid out as the"
                + " inputs lie, sharing one colour scale")
    Path heatMapGrid;

    @Option(names = "--cppn-heat-map", paramLabel = "FILE.png",
            description = {"for a champion of a run with a CPPN encoding (its config beside it): a heat map of the"
                + " CPPN's own weight pattern from the same source as --heat-map, over the whole square: the weight"
                + " it would give a target at any point, at any resolution (2-D substrates)"})
    Path cppnHeatMap;

    @Option(names = "--weights-from", paramLabel = "X,Y[,Z]",
            description = "with --heat-map: the source node nearest this point of the substrate (default: the input"
                + " nearest 0,0)")
    String weightsFrom;

    @Option(names = "--no-legend", description = "draw PNG pictures without the legend column")
    boolean noLegend;

    @Option(names = "--replay", description = {"replay one lifetime of a plastic champion on the run's task and draw"
        + " its weights as they learn: .png gives numbered frames (x-step-000042.png), .gif an animation,"
        + " .json the recorded weights"})
    boolean replay;

    @Option(names = "--growth", description = {"draw a network grown from one cell (run.algorithm: ndp or"
        + " encoding.type: cell-program) after every growth cycle, and once more after it prunes itself when"
        + " network.pruning is on: .png gives numbered frames (x-cycle-000003.png), .gif an animation"})
    boolean growthFrames;

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
            checkSize(width, height);
            SubstrateOptions grownOptions = substrate.options();
            Optional<SourcePoint> from = Optional.ofNullable(weightsFrom).map(SourcePoint::parse);
            if (from.isPresent() && heatMap == null && cppnHeatMap == null) {
                throw new BadInputException("--weights-from picks the source of --heat-map; add --heat-map FILE.png"
                        + " or leave --weights-from out");
            }
            if ((heatMap != null || heatMapGrid != null || cppnHeatMap != null) && (mapWidth() < HeatMap.MIN_WIDTH
                    || mapHeight() < HeatMap.MIN_HEIGHT)) {
                throw new BadInputException((heatMap != null ? "--heat-map" : "--heat-map-grid") + ": a heat map needs"
                        + " at least " + HeatMap.MIN_WIDTH + " × " + HeatMap.MIN_HEIGHT + " pixels, not " + mapWidth()
                        + " × " + mapHeight() + "; give a larger --width and --height");
            }
            GenomeFile loaded = GenomeSource.resolve(source, generation);
            DrawingOptions options = drawing.options();
            if (growthFrames) {
                if (replay || heatMap != null || heatMapGrid != null || cppnHeatMap != null || weightsChart != null) {
                    throw new BadInputException("--growth draws the growth alone; --replay, heat maps and"
                            + " --weights-chart go in a separate render");
                }
                return growth(loaded, options, outWriter);
            }
            if (replay) {
                if (heatMap != null || heatMapGrid != null || cppnHeatMap != null) {
                    throw new BadInputException("--heat-map, --heat-map-grid and --cppn-heat-map do not go with --replay; draw them"
                            + " in a separate render");
                }
                return replay(loaded, options, outWriter);
            }
            if (weightsChart != null) {
                throw new BadInputException("--weights-chart goes with --replay");
            }
            Optional<ExpressedWeights> expressed = heatMap != null || heatMapGrid != null || cppnHeatMap != null
                    ? Optional.of(expressedWeights(loaded)) : Optional.empty();
            Optional<CppnPattern> pattern = cppnHeatMap != null ? Optional.of(cppnPattern(loaded)) : Optional.empty();
            boolean grown = loaded.phenotype().isPresent() && grownOptions.panels() != Panels.CPPN;
            int pictureWidth = width != null ? width : grown ? GROWN_WIDTH : DEFAULT_WIDTH;
            int pictureHeight = height != null ? height : DEFAULT_HEIGHT;
            Graph graph = null;
            Graph exported = null;
            for (Path file : out) {
                String ext = extension(file);
                if (ext.equals("png")) {
                    if (graph == null) {
                        boolean legend = !noLegend && grown;
                        graph = GenomeDrawing.graph(loaded, options, grownOptions,
                                legend ? pictureWidth - PictureLegend.WIDTH : pictureWidth, pictureHeight);
                    }
                    TopologyPicture.writePng(!noLegend ? PictureLegend.image(graph, pictureWidth, pictureHeight)
                            : TopologyPicture.image(graph, pictureWidth, pictureHeight), file);
                } else {
                    if (exported == null) { // exports are data: every connection of a grown network
                        exported = GenomeDrawing.graph(loaded, options, grownOptions.allConnections(), pictureWidth,
                                pictureHeight);
                    }
                    if (ext.equals("dot")) {
                        GraphExport.writeDot(exported, file);
                    } else {
                        GraphExport.writeGraphML(exported, file);
                    }
                }
                outWriter.println("wrote " + file);
            }
            if (expressed.isPresent()) {
                writeHeatMaps(expressed.get(), from, outWriter);
            }
            if (pattern.isPresent()) {
                ExpressedWeights weights = expressed.orElseThrow();
                int node = sourceNode(weights, from);
                BufferedImage map = HeatMap.image(pattern.get()::weight, weights.x(node), weights.y(node), mapWidth(),
                        mapHeight());
                TopologyPicture.writePng(map, cppnHeatMap);
                outWriter.println("wrote " + cppnHeatMap + " (the CPPN's pattern from the " + weights.describe(node)
                        + ")");
            }
            outWriter.println(GenomeSource.describe(loaded));
            if (loaded.phenotype().isPresent()) {
                outWriter.println(GenomeDrawing.describe(loaded));
            }
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

    private static void checkSize(Integer width, Integer height) {
        for (Integer size : new Integer[] {width, height}) {
            if (size != null && (size < 16 || size > 10_000)) {
                throw new BadInputException("--width and --height must be between 16 and 10000 pixels, not "
                        + (width == null ? "(default)" : width) + " × " + (height == null ? "(default)" : height));
            }
        }
    }

    private int mapWidth() {
        return width != null ? width : HEAT_MAP_WIDTH;
    }

    private int mapHeight() {
        return height != null ? height : HEAT_MAP_HEIGHT;
    }

    /** The expressed weights of the file's grown network, or a message saying why there are none. */
    private ExpressedWeights expressedWeights(GenomeFile loaded) {
        String option = heatMap != null ? "--heat-map" : "--heat-map-grid";
        if (loaded.phenotype().isEmpty()) {
            throw new BadInputException(option + ": " + loaded.file() + " has no grown network (no \"phenotype\");"
                    + " heat maps of expressed weights need a genome from a run with an indirect encoding such as"
                    + " HyperNEAT; leave " + option + " out");
        }
        try {
            return ExpressedWeights.of(loaded.phenotype().get());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage() + "; leave " + option + " out", e);
        }
    }

    /** The source node of heat maps: the one nearest {@code from}, or the default source. */
    private static int sourceNode(ExpressedWeights expressed, Optional<SourcePoint> from) {
        return from.map(p -> p.coordinates().length == 3
                ? expressed.nearestSource(p.coordinates()[0], p.coordinates()[1], p.coordinates()[2])
                : expressed.nearestSource(p.coordinates()[0], p.coordinates()[1]))
                .orElseGet(expressed::defaultSource);
    }

    /** The CPPN pattern of the champion's run, or a message saying why there is none. */
    private static CppnPattern cppnPattern(GenomeFile loaded) {
        Optional<RunConfig> config;
        try {
            config = Champion.runConfig(loaded.file());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--cppn-heat-map: " + e.getMessage(), e);
        }
        if (config.isEmpty() || !config.get().encoding().indirect()) {
            throw new BadInputException("--cppn-heat-map: " + loaded.file() + " lies in no run directory of a CPPN "
                    + "encoding (its config.yaml says how to read the CPPN); use --heat-map for the expressed weights");
        }
        Optional<CppnPattern> pattern = GenomeEncoding.of(config.get(), config.get().task().create())
                .pattern(loaded.genome());
        if (pattern.isEmpty() || pattern.get().dimensions() != 2) {
            throw new BadInputException("--cppn-heat-map: draws 2-D substrates; this one is "
                    + pattern.map(CppnPattern::dimensions).orElse(0) + "-D (use --heat-map)");
        }
        return pattern.get();
    }

    private void writeHeatMaps(ExpressedWeights expressed, Optional<SourcePoint> from, PrintWriter outWriter)
            throws IOException {
        int mapWidth = mapWidth();
        int mapHeight = mapHeight();
        if (heatMap != null) {
            int node = sourceNode(expressed, from);
            BufferedImage map;
            try {
                map = HeatMap.image(expressed.outgoing(node), expressed.x(node), expressed.y(node),
                        "weights from the " + expressed.describe(node), expressed.targets(node), Optional.empty(),
                        mapWidth, mapHeight);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--heat-map: " + e.getMessage() + "; give a larger --width and --height", e);
            }
            TopologyPicture.writePng(map, heatMap);
            outWriter.println("wrote " + heatMap + " (weights from the " + expressed.describe(node) + ")");
        }
        if (heatMapGrid != null) {
            int[] inputs = expressed.inputSources();
            int[] sources = inputs.length > 0 ? inputs : expressed.sources();
            List<double[]> points = new ArrayList<>();
            for (int s : sources) {
                points.add(new double[] {expressed.x(s), expressed.y(s)});
            }
            BufferedImage grid;
            try {
                grid = HeatMapGrid.image(expressed, points, "weights from each of " + sources.length + " "
                        + (inputs.length > 0 ? "inputs" : "source nodes") + " (as they lie)", mapWidth, mapHeight);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--heat-map-grid: " + e.getMessage(), e);
            }
            TopologyPicture.writePng(grid, heatMapGrid);
            outWriter.println("wrote " + heatMapGrid);
        }
    }

    private int replay(GenomeFile loaded, DrawingOptions options, PrintWriter outWriter) throws IOException {
        int replayWidth = width != null ? width : DEFAULT_WIDTH;
        int replayHeight = height != null ? height : DEFAULT_HEIGHT;
        if (frames < 1 || frames > 1000) {
            throw new BadInputException("--frames must be between 1 and 1000, not " + frames);
        }
        Path config = Files.isDirectory(source) ? source.resolve("config.yaml") : RunLifetimeReplay.configOf(source);
        Recording recording = LifetimeRecorder.record(config, loaded, maxSteps);
        WeightTrace trace = recording.trace();
        int[] steps = ReplayFrames.chooseSteps(trace, frames);
        writeFrames("step", sink -> ReplayFrames.draw(loaded.genome(), trace, steps, options, replayWidth,
                replayHeight, sink), file -> TraceJson.write(recording, file));
        if (weightsChart != null) {
            TopologyPicture.writePng(WeightChart.image(trace, replayWidth, replayHeight), weightsChart);
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

    /** Draws frames into a sink. */
    @FunctionalInterface
    private interface FrameDrawing {
        void drawInto(ReplayFrames.FrameSink sink) throws IOException;
    }

    /** Writes one file. */
    @FunctionalInterface
    private interface FileWriting {
        void write(Path file) throws IOException;
    }

    /**
     * Has {@code drawing} draw its frames once into every output: a .gif gets an animation (400 ms a
     * frame, looping), a .png numbered frames beside it ({@code <stem>-<label>-000042.png}); a .json
     * file goes to {@code json}.
     */
    private void writeFrames(String label, FrameDrawing drawing, FileWriting json) throws IOException {
        List<ReplayFrames.FrameSink> sinks = new ArrayList<>();
        List<AnimatedGifEncoder> gifs = new ArrayList<>();
        List<OutputStream> streams = new ArrayList<>();
        try {
            for (Path file : out) {
                switch (extension(file)) {
                    case "json" -> json.write(file);
                    case "gif" -> {
                        prepare(file);
                        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
                        streams.add(stream);
                        AnimatedGifEncoder gif = new AnimatedGifEncoder();
                        gif.start(stream);
                        gif.setRepeat(0);
                        gif.setDelay(400);
                        gifs.add(gif);
                        sinks.add((step, image) -> gif.addFrame(image));
                    }
                    default -> {
                        String stem = stem(file);
                        sinks.add((step, image) -> TopologyPicture.writePng(image,
                                file.resolveSibling(String.format(Locale.ROOT, "%s-%s-%06d.png", stem, label, step))));
                    }
                }
            }
            if (!sinks.isEmpty()) {
                // each frame is drawn once, handed to every output, and dropped
                drawing.drawInto((step, image) -> {
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
    }

    private int growth(GenomeFile loaded, DrawingOptions options, PrintWriter outWriter) throws IOException {
        int growthWidth = width != null ? width : DEFAULT_WIDTH;
        int growthHeight = height != null ? height : DEFAULT_HEIGHT;
        Path config = Files.isDirectory(source) ? source.resolve("config.yaml") : RunLifetimeReplay.configOf(source);
        GrowthFrames.Growth growth = GrowthFrames.grow(config, loaded);
        writeFrames("cycle", sink -> GrowthFrames.draw(growth, options, growthWidth, growthHeight, sink), file -> {
            throw new IllegalStateException("checkOutputs admits no .json with --growth");
        });
        int frames = GrowthFrames.frameCount(growth);
        for (Path file : out) {
            outWriter.println(extension(file).equals("png")
                    ? "wrote " + frames + " frames " + file.resolveSibling(stem(file) + "-cycle-*.png")
                    : "wrote " + file);
        }
        outWriter.println(GenomeSource.describe(loaded));
        outWriter.printf(Locale.ROOT, "grown from one cell: %d cells after %d growth cycles, %d edges%n",
                growth.graph().size(), growth.graph().lastCycle(), growth.graph().edgeCount());
        if (growth.liveAfterPruning() != null) {
            int kept = 0;
            for (boolean live : growth.liveAfterPruning()) {
                kept += live ? 1 : 0;
            }
            outWriter.printf(Locale.ROOT, "pruned in its first lifetime: %d of %d connections kept (last frame)%n",
                    kept, growth.liveAfterPruning().length);
        }
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
        for (Path map : new Path[] {heatMap, heatMapGrid, cppnHeatMap}) {
            if (map != null) {
                String option = map == heatMap ? "--heat-map" : map == heatMapGrid ? "--heat-map-grid" : "--cppn-heat-map";
                OutputFiles.checkNotDirectory(map, option);
                if (!extension(map).equals("png")) {
                    throw new BadInputException(option + " " + map + ": the heat map is a PNG; name the file .png");
                }
            }
        }
        for (Path file : out) {
            OutputFiles.checkNotDirectory(file, "--out");
            String ext = extension(file);
            boolean known = growthFrames ? ext.equals("png") || ext.equals("gif")
                    : replay ? ext.equals("png") || ext.equals("gif") || ext.equals("json")
                    : ext.equals("png") || ext.equals("dot") || ext.equals("graphml");
            if (!known) {
                throw new BadInputException("--out " + file + ": unknown format '" + ext + "'; name the file "
                        + (growthFrames ? ".png (frames) or .gif with --growth"
                                : replay ? ".png (frames), .gif or .json with --replay" : ".png, .dot or .graphml"));
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
