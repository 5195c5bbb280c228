package org.neurula.visualizer.report;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neurula.visualizer.replay.LifetimeRecorder;
import org.neurula.visualizer.replay.Recording;
import org.neurula.visualizer.replay.ReplayFrames;
import org.neurula.visualizer.replay.WeightChart;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.run.RunDirectory;
import org.neurula.visualizer.topology.DrawingOptions;

/**
 * For a plastic champion: one lifetime replayed on the run's task (the lifetime champion validation
 * calls trial 0), as a chart of its weights and a few pictures along the way. Static champions get no
 * such section.
 */
final class LifetimeSection {

    /** Steps recorded: enough for the first several trials of a T-maze, few enough to read. */
    static final int STEPS = 400;
    private static final int FRAMES = 4;

    private LifetimeSection() {
    }

    static Optional<Section> of(RunDirectory run) {
        GenomeFile champion;
        try {
            champion = run.champion();
        } catch (RuntimeException e) {
            return Optional.empty(); // the champion section already says why
        }
        if (!champion.genome().isPlastic()) {
            return Optional.empty();
        }
        try {
            Recording recording = LifetimeRecorder.record(run.dir().resolve("config.yaml"), champion, STEPS);
            WeightTrace trace = recording.trace();
            BufferedImage chart = WeightChart.image(trace, 880, 420);
            List<BufferedImage> frames = ReplayFrames.frames(champion.genome(), trace,
                    ReplayFrames.chooseSteps(trace, FRAMES), new DrawingOptions(false, false), 300, 225);
            StringBuilder body = new StringBuilder();
            body.append("<p>One lifetime of the champion on the run's task (the lifetime champion validation calls")
                    .append(" trial 0): ").append(Html.count(recording.steps())).append(" steps, fitness ")
                    .append(Html.number(trace.fitness(), 4));
            if (recording.truncated()) {
                body.append("; the first ").append(Html.count(trace.steps() - 1)).append(" steps are shown");
            }
            body.append(String.format(Locale.ROOT, ". Replay all of it with <code>neurula render %s --replay"
                    + " --out life.gif</code> or <code>neurula view %s --replay</code>.</p>\n",
                    Html.escape(run.dir().toString()), Html.escape(run.dir().toString())));
            body.append("<figure>").append(PngDataUri.img(chart, "Weights through one lifetime", "chart"))
                    .append("<figcaption>The weights that moved most, against the activation step.</figcaption>")
                    .append("</figure>\n<div class=\"frames\">");
            for (BufferedImage frame : frames) {
                body.append(PngDataUri.img(frame, "The champion's weights during its lifetime", "thumbnail"));
            }
            body.append("</div>");
            return Optional.of(new Section("lifetime", "Lifetime", body.toString()));
        } catch (RuntimeException e) {
            return Optional.of(Section.failed("lifetime", "Lifetime", "No lifetime replay: " + e.getMessage()));
        }
    }
}
