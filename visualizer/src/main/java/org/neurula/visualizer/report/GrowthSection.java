package org.neurula.visualizer.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.neurula.neat.genome.Genome;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.replay.GrowthFrames;
import org.neurula.visualizer.replay.LifetimeRecorder;
import org.neurula.visualizer.run.RunDirectory;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyPicture;

/**
 * For a run whose networks grow from one cell (run.algorithm ndp, encoding.type cell-program): the
 * champion's network after every growth cycle, and after its first pruning when the run prunes, as
 * captioned thumbnails. Other runs get no such section.
 */
final class GrowthSection {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 225;

    private GrowthSection() {
    }

    static Optional<Section> of(RunDirectory run) {
        Path configFile = run.dir().resolve("config.yaml");
        RunConfig config;
        GenomeFile champion;
        try {
            config = LifetimeRecorder.loadConfig(configFile);
            champion = run.champion();
        } catch (RuntimeException e) {
            return Optional.empty(); // the summary and champion sections already say why
        }
        if (!config.run().algorithm().equals("ndp") && !config.encoding().type().id().equals("cell-program")) {
            return Optional.empty();
        }
        try {
            GrowthFrames.Growth growth = GrowthFrames.grow(configFile, champion);
            StringBuilder body = new StringBuilder();
            body.append("<p>The champion's network grown again from one cell: ")
                    .append(Html.count(growth.graph().size())).append(" cells after ")
                    .append(Html.count(growth.graph().lastCycle())).append(" growth cycles");
            if (growth.liveAfterPruning() != null) {
                body.append(", then its first pruning in the lifetime champion validation calls trial 0");
            }
            body.append(". Watch it with <code>neurula view ").append(Html.escape(run.dir().toString()))
                    .append(" --growth</code>.</p>\n<div class=\"frames\">");
            DrawingOptions options = new DrawingOptions(false, false);
            for (int frame = 0; frame < GrowthFrames.frameCount(growth); frame++) {
                Genome genome = GrowthFrames.frameGenome(growth, frame);
                BufferedImage image = TopologyPicture.image(genome, options, WIDTH, HEIGHT);
                String caption = GrowthFrames.caption(growth, frame);
                body.append("<figure>").append(PngDataUri.img(image, caption, "thumbnail")).append("<figcaption>")
                        .append(Html.escape(caption)).append("</figcaption></figure>");
            }
            body.append("</div>");
            return Optional.of(new Section("growth", "Growth", body.toString()));
        } catch (RuntimeException e) {
            return Optional.of(Section.failed("growth", "Growth", "No growth pictures: " + e.getMessage()));
        }
    }
}
