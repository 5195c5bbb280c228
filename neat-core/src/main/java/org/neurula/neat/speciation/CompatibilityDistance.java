package org.neurula.neat.speciation;

import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * The NEAT compatibility distance δ = c1·E/N + c2·D/N + c3·W̄ (Stanley &amp; Miikkulainen 2002,
 * equation 1): E excess and D disjoint connection genes, W̄ the mean absolute weight difference of
 * matching genes (0 if none match), N the larger genome's number of connection genes, or 1 when that
 * is below {@code normalizeBelow} or normalisation is off. One merge pass over the sorted innovation
 * arrays; no allocation.
 *
 * @param parameters the coefficients
 */
public record CompatibilityDistance(SpeciationParameters parameters) {

    /** δ between two genomes; symmetric. */
    public double between(Genome x, Genome y) {
        ConnectionGenes a = x.connections();
        ConnectionGenes b = y.connections();
        int na = a.size();
        int nb = b.size();
        int i = 0;
        int j = 0;
        int matching = 0;
        int disjoint = 0;
        double weightDifference = 0.0;
        while (i < na && j < nb) {
            int ia = a.innovation(i);
            int ib = b.innovation(j);
            if (ia == ib) {
                matching++;
                weightDifference += Math.abs(a.weight(i) - b.weight(j));
                i++;
                j++;
            } else if (ia < ib) {
                disjoint++;
                i++;
            } else {
                disjoint++;
                j++;
            }
        }
        int excess = (na - i) + (nb - j);
        int larger = Math.max(na, nb);
        double n = !parameters.normalize() || larger < parameters.normalizeBelow() ? 1.0 : Math.max(1, larger);
        double meanWeight = matching == 0 ? 0.0 : weightDifference / matching;
        return parameters.excessCoefficient() * excess / n + parameters.disjointCoefficient() * disjoint / n
                + parameters.weightCoefficient() * meanWeight;
    }
}
