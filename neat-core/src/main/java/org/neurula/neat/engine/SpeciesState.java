package org.neurula.neat.engine;

import org.neurula.neat.genome.Genome;

/**
 * A species' history as saved in an {@link EngineState}.
 *
 * @param id                     the species id
 * @param bornGeneration         the generation it appeared in
 * @param representative         the genome the next generation is compared with
 * @param bestScore              the best score (fitness turned to maximisation) it ever had
 * @param lastImprovedGeneration the last generation its best score improved
 * @param checked                whether its champion was tested since it last improved
 */
public record SpeciesState(int id, long bornGeneration, Genome representative, double bestScore,
        long lastImprovedGeneration, boolean checked) {
}
