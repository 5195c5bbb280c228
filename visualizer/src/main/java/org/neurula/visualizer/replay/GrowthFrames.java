package org.neurula.visualizer.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.neurula.developmental.ndp.CellProgramDecoder;
import org.neurula.developmental.ndp.GrownGraph;
import org.neurula.developmental.ndp.NdpGrowth;
import org.neurula.developmental.ndp.NdpParameters;
import org.neurula.developmental.ndp.PerceptronCellProgram;
import org.neurula.fitness.Task;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.ActivityRecorder;
import org.neurula.runs.ChampionActivity;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeFile;
import org.neurula.runs.output.Json;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyPicture;

/**
 * Pictures of a network growing from one cell: the champion of a developmental program (a
 * {@code run.algorithm: ndp} run's program, or an {@code encoding.type: cell-program} genome) is grown
 * again and drawn after every growth cycle, the cells present then with their final roles (the task's
 * inputs first, its outputs last) and the edges between them with their final weights. When the run's
 * networks prune themselves ({@code network.pruning}), one more picture shows the grown network right
 * after its first pruning in the lifetime champion validation calls trial 0.
 */
public final class GrowthFrames {

    private GrowthFrames() {
    }

    /**
     * A champion grown again, with the task's input and output counts.
     *
     * @param liveAfterPruning per connection of the grown network (blueprint order, as {@link #frame} numbers
     *                         them), whether it survived the first pruning of its lifetime; null when the
     *                         network does not prune
     * @param pruning          the run's pruning settings
     */
    public record Growth(GrownGraph graph, int inputs, int outputs, boolean[] liveAfterPruning,
            PruningParameters pruning) {

        /** A growth whose network keeps all its connections. */
        public Growth(GrownGraph graph, int inputs, int outputs) {
            this(graph, inputs, outputs, null, PruningParameters.defaults());
        }
    }

    /**
     * Grows {@code loaded} again under the run config {@code configFile}.
     *
     * @throws BadInputException if the run did not grow its networks from one cell
     */
    public static Growth grow(Path configFile, GenomeFile loaded) {
        RunConfig config = LifetimeRecorder.loadConfig(configFile);
        Task task = config.task().create();
        if (config.run().algorithm().equals("ndp")) {
            JsonNode record;
            try {
                record = Json.COMPACT.readTree(loaded.file().toFile()).get("ndp");
            } catch (IOException e) {
                throw new BadInputException(loaded.file() + ": cannot be read again: " + e.getMessage(), e);
            }
            if (record == null || !record.has("vector")) {
                throw new BadInputException(loaded.file() + " holds no \"ndp\" record (the program's vector); "
                        + "draw the champion.json of the ndp run itself");
            }
            NdpParameters shape = config.ndp().program();
            double[] vector = new double[record.get("vector").size()];
            for (int k = 0; k < vector.length; k++) {
                vector[k] = record.get("vector").get(k).asDouble();
            }
            return new Growth(NdpGrowth.grow(new PerceptronCellProgram(shape, vector), shape), task.inputs(),
                    task.outputs());
        }
        if (GenomeEncoding.of(config, task).decoder() instanceof CellProgramDecoder decoder) {
            GrownGraph graph = decoder.grow(loaded.genome());
            if (graph == null) {
                throw new BadInputException(loaded.file() + ": the genome is not a cell program of the run's shape");
            }
            PruningParameters pruning = config.parameters().network().pruning().forGenes(loaded.genome().pruning());
            if (!pruning.enabled()) {
                return new Growth(graph, task.inputs(), task.outputs());
            }
            ActivityRecorder lifetime = ChampionActivity.record(task, config, loaded.genome(), Math.max(0, loaded.id()),
                    config.run().seed()).orElse(null);
            boolean[] live = lifetime == null ? null : lifetime.firstPruning();
            boolean[] byConnection = null;
            if (live != null) {
                int[] connection = new int[live.length];
                lifetime.weightConnections(connection);
                byConnection = new boolean[live.length];
                for (int k = 0; k < live.length; k++) {
                    byConnection[connection[k]] = live[k];
                }
            }
            return new Growth(graph, task.inputs(), task.outputs(), byConnection, pruning);
        }
        throw new BadInputException("--growth draws networks grown from one cell; this run (run.algorithm: "
                + config.run().algorithm() + ", encoding.type: " + config.encoding().type().id() + ") does not grow "
                + "them: use a run with run.algorithm: ndp or encoding.type: cell-program");
    }

    /** The cells present after {@code cycle} and the edges between them, as a genome to draw. */
    public static Genome frame(Growth growth, int cycle) {
        return frame(growth, cycle, null);
    }

    /** The grown network with only the connections that survived its first pruning. */
    public static Genome prunedFrame(Growth growth) {
        if (growth.liveAfterPruning() == null) {
            throw new IllegalStateException("the network did not prune");
        }
        return frame(growth, growth.graph().lastCycle(), growth.liveAfterPruning());
    }

    private static Genome frame(Growth growth, int cycle, boolean[] live) {
        GrownGraph g = growth.graph();
        int n = g.size();
        int present = g.cellsAfter(cycle);
        GenomeBuilder b = new GenomeBuilder();
        for (int i = 0; i < present; i++) {
            NodeKind kind = i < growth.inputs() ? NodeKind.INPUT
                    : i >= n - growth.outputs() ? NodeKind.OUTPUT : NodeKind.HIDDEN;
            b.node(i, kind, kind == NodeKind.INPUT ? Activation.IDENTITY : Activation.TANH, 0);
        }
        int innovation = 0;
        for (int target = 0; target < present; target++) {
            for (int source = 0; source < present; source++) {
                if (target >= growth.inputs() && g.connected(source, target)) {
                    if (live == null || live[innovation]) {
                        b.connection(innovation, source, target, g.weight(source, target), true);
                    }
                    innovation++;
                }
            }
        }
        return b.build();
    }

    /** Draws the network after each growth cycle, the seed first, into {@code sink}. */
    public static void draw(Growth growth, DrawingOptions options, int width, int height,
            ReplayFrames.FrameSink sink) throws IOException {
        for (int frame = 0; frame < frameCount(growth); frame++) {
            Genome genome = frameGenome(growth, frame);
            BufferedImage image = TopologyPicture.image(genome, options, width, height);
            ReplayFrames.caption(image, caption(growth, frame, genome));
            sink.accept(frame, image);
        }
    }

    /**
     * The genome of picture {@code frame} (from 0 to {@link #frameCount} − 1): the network after growth
     * cycle {@code frame}, or, for the last picture of a pruning network, the network after pruning.
     *
     * @throws IndexOutOfBoundsException if there is no such picture
     */
    public static Genome frameGenome(Growth growth, int frame) {
        int last = growth.graph().lastCycle();
        if (frame < 0 || frame >= frameCount(growth)) {
            throw new IndexOutOfBoundsException("growth picture " + frame + " of " + frameCount(growth));
        }
        return frame <= last ? frame(growth, frame) : prunedFrame(growth);
    }

    /** "growth cycle 2 of 4: 7 cells, 12 connections", or what the pruning kept, for picture {@code frame}. */
    public static String caption(Growth growth, int frame) {
        return caption(growth, frame, frameGenome(growth, frame));
    }

    private static String caption(Growth growth, int frame, Genome genome) {
        int last = growth.graph().lastCycle();
        if (frame <= last) {
            return String.format(Locale.ROOT, "growth cycle %d of %d: %d cells, %d connections", frame, last,
                    growth.graph().cellsAfter(frame), genome.connections().size());
        }
        return String.format(Locale.ROOT, "after pruning (%s, first %d steps): %d of %d connections kept",
                growth.pruning().rule().name().toLowerCase(Locale.ROOT), growth.pruning().criticalPeriod(),
                genome.connections().size(), frame(growth, last).connections().size());
    }

    /** Pictures {@link #draw} makes: one per growth cycle, and one after pruning when the network prunes. */
    public static int frameCount(Growth growth) {
        return growth.graph().lastCycle() + 1 + (growth.liveAfterPruning() != null ? 1 : 0);
    }
}
