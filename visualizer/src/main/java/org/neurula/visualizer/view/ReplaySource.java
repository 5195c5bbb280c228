package org.neurula.visualizer.view;

import java.util.Optional;
import java.util.ServiceLoader;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.runs.output.GenomeFile;

/**
 * Records the lifetime of a genome for {@code neurula view --replay}: the weights of its plastic
 * connections at every activation step of one episode of its task.
 *
 * <p>{@code view} takes the implementation it is constructed with, or else the first one listed in
 * {@code META-INF/services/org.neurula.visualizer.view.ReplaySource} (see {@link #installed()}).
 * Implementations need a public no-argument constructor for the service route. The window calls
 * {@link #trace} on the Swing event thread, once per champion shown, so a recording should take at
 * most a second or so.
 */
@FunctionalInterface
public interface ReplaySource {

    /**
     * The lifetime of {@code genome}, or empty when it has none worth replaying (for example a genome
     * without plastic connections). For a champion of a run directory, {@link GenomeFile#file()} lies
     * in {@code RUN-DIR/champions/} or is {@code RUN-DIR/champion.json}, next to the run's
     * {@code config.yaml}.
     *
     * @throws org.neurula.visualizer.BadInputException when the genome cannot be replayed for a reason
     *         the user can fix; its message is shown in the window (or, for the first genome, printed
     *         as an error before the window opens)
     */
    Optional<WeightTrace> trace(GenomeFile genome);

    /** The first replay source listed as a service on the class path, if any. */
    static Optional<ReplaySource> installed() {
        return ServiceLoader.load(ReplaySource.class).findFirst();
    }
}
