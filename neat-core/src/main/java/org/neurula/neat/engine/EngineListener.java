package org.neurula.neat.engine;

/**
 * Hears what an engine does. Every hook is a no-op by default; all are called on the thread that
 * drives the engine, in a deterministic order.
 */
public interface EngineListener {

    /** A generation begins (before its evaluation). */
    default void onGenerationStart(long generation) {
    }

    /** A generation has been evaluated and speciated. */
    default void onGenerationEnd(Generation generation) {
    }

    /** A species lost all its members or all its offspring. */
    default void onSpeciesExtinct(long generation, int speciesId) {
    }

    /** The success criterion was met for the first time. */
    default void onSolved(Generation generation) {
    }

    /** An evaluation threw, returned a non-finite fitness, or the genome could not be decoded. */
    default void onEvaluationFailed(long generation, long genomeId, String reason) {
    }
}
