package org.neurula.runs.checkpoint;

import org.neurula.neat.engine.Member;

/**
 * What a run has found so far, beside the engine's state.
 *
 * @param champion           the best member so far, or {@code null} before the first generation
 * @param championGeneration the generation the champion belongs to
 * @param solvedEvaluations  evaluations up to the first solving generation, or −1
 * @param solvedGenerations  generations up to and including the first solving one, or −1
 */
public record RunProgress(Member champion, long championGeneration, long solvedEvaluations, long solvedGenerations) {

    /** A run that has not started. */
    public static RunProgress start() {
        return new RunProgress(null, 0, -1, -1);
    }
}
