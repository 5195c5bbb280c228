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
 */
public record EngineState(long generation, long nextId, long evaluations, boolean solvedBefore,
        List<PopulationEntry> population, InnovationSnapshot innovations, List<SpeciesState> species,
        int nextSpeciesId, double threshold) {

    /** Copies the lists. */
    public EngineState {
        population = List.copyOf(population);
        species = List.copyOf(species);
    }
}
