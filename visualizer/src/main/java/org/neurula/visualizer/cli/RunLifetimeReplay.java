package org.neurula.visualizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.replay.LifetimeRecorder;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.view.ReplaySource;

/**
 * The replay {@code neurula view --replay} uses: records a champion's lifetime with
 * {@link LifetimeRecorder} under the {@code config.yaml} of the run directory the champion's file lies
 * in ({@code RUN-DIR/champion.json} or {@code RUN-DIR/champions/…}).
 */
public final class RunLifetimeReplay implements ReplaySource {

    /** For the service loader. */
    public RunLifetimeReplay() {
    }

    @Override
    public Optional<WeightTrace> trace(GenomeFile genome) {
        if (!genome.genome().isPlastic()) {
            // a static network changes only by pruning, which its run's config would switch on
            Optional<Path> config = findConfig(genome.file());
            if (config.isEmpty()
                    || !LifetimeRecorder.loadConfig(config.get()).parameters().network().pruning().enabled()) {
                return Optional.empty();
            }
        }
        return Optional.of(LifetimeRecorder.record(configOf(genome.file()), genome,
                LifetimeRecorder.DEFAULT_MAX_STEPS).trace());
    }

    /** The config.yaml of the run directory holding {@code genomeFile}. */
    static Path configOf(Path genomeFile) {
        return findConfig(genomeFile).orElseThrow(() -> new BadInputException(genomeFile + " is not in a run directory (no config.yaml beside it or above"
                + " it); replay and growth need the run's config to know the task"));
    }

    private static Optional<Path> findConfig(Path genomeFile) {
        Path dir = genomeFile.toAbsolutePath().getParent();
        for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
            Path config = dir.resolve("config.yaml");
            if (Files.isRegularFile(config)) {
                return Optional.of(config);
            }
        }
        return Optional.empty();
    }
}
