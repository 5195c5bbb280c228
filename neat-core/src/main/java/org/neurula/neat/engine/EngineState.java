package org.neurula.neat.engine;

import java.util.List;
import org.neurula.neat.innovation.InnovationSnapshot;

/**
 * Everything an {@link Engine} needs to continue between two generations: the population about to
 * be evaluated, the species with their history, the innovation history, the id counters and the
 * generation. Random draws are derived from (seed, generation, id), so the seed and the generation
 * stand for the random state. An engine built with {@link EngineBuilder#resume(EngineState)} from the
 * state of another continues exactly as that engine would have.
 *
 * @param generation    the generation the next step will run
 * @param nextId        the id the next new genome gets
 * @param evaluations   evaluations performed so far
 * @param solvedBefore  whether some earlier generation was solved
 * @param population    the members of the coming generation, in order
 * @param innovations   the innovation tracker's history and counters
 * @param species       the species, in the order new genomes are compared with them
 * @param nextSpeciesId the id the next new species gets
 * @param threshold     the current compatibility threshold
 * @param complexity    the complexity regulation phase
 */
public record EngineState(long generation, long nextId, long evaluations, boolean solvedBefore,
        List<PopulationEntry> population, InnovationSnapshot innovations, List<SpeciesState> species,
        int nextSpeciesId, double threshold, ComplexityPhase complexity) {

    /** A state whose complexity regulation has not started yet (the phase of a new run). */
    public EngineState(long generation, long nextId, long evaluations, boolean solvedBefore,
            List<PopulationEntry> population, InnovationSnapshot innovations, List<SpeciesState> species,
            int nextSpeciesId, double threshold) {
        this(generation, nextId, evaluations, solvedBefore, population, innovations, species, nextSpeciesId,
                threshold, ComplexityPhase.initial());
    }

    /** Copies the lists. */
    public EngineState {
        population = List.copyOf(population);
        species = List.copyOf(species);
        if (complexity == null) {
            complexity = ComplexityPhase.initial();
        }
    }
}
