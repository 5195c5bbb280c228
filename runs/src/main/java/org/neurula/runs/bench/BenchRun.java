package org.neurula.runs.bench;

import java.util.List;
import org.neurula.runs.RunResult;

/**
 * One benchmark run: its result and its champion's scores in the benchmark's settings
 * ({@link ScoringSetting}): first the setting it evolved in, then each rescore setting; none when the
 * benchmark has no rescore settings and the task no measures.
 *
 * @param result   the run's result
 * @param settings the champion's score in each setting, in the benchmark's order
 */
public record BenchRun(RunResult result, List<SettingScore> settings) {

    /** Keeps an unmodifiable copy of the scores. */
    public BenchRun {
        settings = List.copyOf(settings);
    }

    /** A run without setting scores. */
    public static BenchRun of(RunResult result) {
        return new BenchRun(result, List.of());
    }
}
