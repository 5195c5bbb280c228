package org.neurula.neat.speciation;

import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;

/**
 * The NEAT compatibility distance δ = c1·E/N + c2·D/N + c3·W̄ (Stanley &amp; Miikkulainen 2002,
 * equation 1): E excess and D disjoint connection genes, W̄ the mean absolute weight difference of
 * matching genes (0 if none match), N the larger genome's number of connection genes, or 1 when that
 * is below {@code normalizeBelow} or normalisation is off. One merge pass over the sorted innovation
 * arrays; no allocation.
 *
 * <p>Plastic genomes add c4·P̄ + c4·[rules differ], c4 the plasticity {@code distanceCoefficient}:
 * P̄ is the mean absolute difference of the plasticity parameters (η, A, B, C, D) of matching genes,
 * or of the network-wide parameters when they are shared.
 *
 * @param parameters the coefficients
 * @param plasticity the plasticity settings (its distance coefficient)
 */
public record CompatibilityDistance(SpeciationParameters parameters, PlasticityParameters plasticity) {

    /** The distance of static genomes. */
    public CompatibilityDistance(SpeciationParameters parameters) {
        this(parameters, PlasticityParameters.defaults());
    }

    /** δ between two genomes; symmetric. */
    public double between(Genome x, Genome y) {
        return between(x, y, Double.POSITIVE_INFINITY);
    }

    /**
     * δ between two genomes when it is below {@code bound}; otherwise some number at least
     * {@code bound} (the gene-by-gene comparison stops as soon as the genes seen so far put δ at or
     * above it). For a nearest-species search, whose answer this leaves exactly as it was.
     */
    public double between(Genome x, Genome y, double bound) {
        ConnectionGenes a = x.connections();
        ConnectionGenes b = y.connections();
        int na = a.size();
        int nb = b.size();
        int larger = Math.max(na, nb);
        double n = !parameters.normalize() || larger < parameters.normalizeBelow() ? 1.0 : Math.max(1, larger);
        // every term of δ is non-negative with non-negative coefficients, so the mismatched genes seen
        // so far bound δ from below; genes that do not match number at least |na - nb|
        boolean bounded = bound < Double.POSITIVE_INFINITY && parameters.excessCoefficient() >= 0
                && parameters.disjointCoefficient() >= 0 && parameters.weightCoefficient() >= 0
                && plasticity.distanceCoefficient() >= 0;
        double perMismatch = Math.min(parameters.excessCoefficient(), parameters.disjointCoefficient());
        // (with a margin: excess and disjoint terms are rounded separately in δ)
        double sizeGap = perMismatch * Math.abs(na - nb) / n * (1 - 1e-9);
        if (bounded && sizeGap >= bound) {
            return sizeGap;
        }
        double disjointStop = bounded && parameters.disjointCoefficient() > 0
                ? bound * n / parameters.disjointCoefficient() : Double.POSITIVE_INFINITY;
        int i = 0;
        int j = 0;
        int matching = 0;
        int disjoint = 0;
        double weightDifference = 0.0;
        boolean perConnection = a.hasPlasticity() && b.hasPlasticity();
        double parameterDifference = 0.0;
        while (i < na && j < nb) {
            int ia = a.innovation(i);
            int ib = b.innovation(j);
            if (ia == ib) {
                matching++;
                weightDifference += Math.abs(a.weight(i) - b.weight(j));
                if (perConnection) {
                    for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                        parameterDifference += Math.abs(a.plasticity(i, k) - b.plasticity(j, k));
                    }
                }
                i++;
                j++;
            } else {
                disjoint++;
                if (ia < ib) {
                    i++;
                } else {
                    j++;
                }
                if (disjoint >= disjointStop && parameters.disjointCoefficient() * disjoint / n >= bound) {
                    return parameters.disjointCoefficient() * disjoint / n;
                }
            }
        }
        int excess = (na - i) + (nb - j);
        double meanWeight = matching == 0 ? 0.0 : weightDifference / matching;
        double delta = parameters.excessCoefficient() * excess / n + parameters.disjointCoefficient() * disjoint / n
                + parameters.weightCoefficient() * meanWeight;
        PlasticityGenes px = x.plasticity();
        PlasticityGenes py = y.plasticity();
        if (px != null && py != null) {
            double meanParameter;
            if (perConnection) {
                meanParameter = matching == 0 ? 0.0 : parameterDifference / (matching * PlasticityGenes.PARAMETERS);
            } else {
                meanParameter = (Math.abs(px.eta() - py.eta()) + Math.abs(px.a() - py.a()) + Math.abs(px.b() - py.b())
                        + Math.abs(px.c() - py.c()) + Math.abs(px.d() - py.d())) / PlasticityGenes.PARAMETERS;
            }
            delta += plasticity.distanceCoefficient() * (meanParameter + (px.rule() == py.rule() ? 0.0 : 1.0));
        }
        return delta;
    }
}
