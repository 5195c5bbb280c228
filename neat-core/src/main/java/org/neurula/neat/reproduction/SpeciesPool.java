package org.neurula.neat.reproduction;

import java.util.List;

/**
 * One species offered to reproduction.
 *
 * @param speciesId the species
 * @param members   its members, best first (ties by lower id)
 * @param eligible  false when the species is stagnant and does not hold the population's best
 */
public record SpeciesPool(int speciesId, List<Parent> members, boolean eligible) {

    /** Copies the member list. */
    public SpeciesPool {
        members = List.copyOf(members);
    }
}
