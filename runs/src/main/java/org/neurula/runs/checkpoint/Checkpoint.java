package org.neurula.runs.checkpoint;

import org.neurula.neat.engine.EngineState;

/**
 * The complete state of a run between two generations: resuming from it continues the run exactly
 * as if it had never stopped.
 *
 * @param engine   the engine's state (population, species, innovations, counters, generation)
 * @param progress the champion and solve record so far
 */
public record Checkpoint(EngineState engine, RunProgress progress) {

    /** The generation the resumed run starts with. */
    public long generation() {
        return engine.generation();
    }
}
