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
 * <p>A nearest-species search asks for the distance only below a bound; {@link #between(Genome, Genome,
 * double)} then stops as soon as the genes compared so far put δ at or above it. Speciation spends
 * most of its time here (one call per genome and species), so the constants are worked out once.
 */
public final class CompatibilityDistance {

    /** Relative margin on the early lower bounds: δ's terms are rounded in another order. */
    private static final double MARGIN = 1 - 1e-9;
    /** Genome sizes below this find {@code c2 / N} in a table instead of dividing. */
    private static final int TABLE = 256;

    private final SpeciationParameters parameters;
    private final PlasticityParameters plasticity;
    private final double excess;
    private final double disjoint;
    private final double weight;
    private final double plasticityCoefficient;
    private final boolean normalize;
    private final int normalizeBelow;
    /** Whether every coefficient is non-negative, so partial sums bound δ from below. */
    private final boolean boundable;
    private final double perMismatch;
    /** {@code c2 / k} with the margin, for k below {@link #TABLE}. */
    private final double[] disjointPer;

    /** The distance with the given coefficients, counting plasticity genes by {@code plasticity}. */
    public CompatibilityDistance(SpeciationParameters parameters, PlasticityParameters plasticity) {
        this.parameters = parameters;
        this.plasticity = plasticity;
        this.excess = parameters.excessCoefficient();
        this.disjoint = parameters.disjointCoefficient();
        this.weight = parameters.weightCoefficient();
        this.plasticityCoefficient = plasticity.distanceCoefficient();
        this.normalize = parameters.normalize();
        this.normalizeBelow = parameters.normalizeBelow();
        this.boundable = excess >= 0 && disjoint >= 0 && weight >= 0 && plasticityCoefficient >= 0;
        this.perMismatch = Math.min(excess, disjoint);
        this.disjointPer = new double[TABLE];
        for (int k = 1; k < TABLE; k++) {
            disjointPer[k] = disjoint / k * MARGIN;
        }
    }

    /** The distance of static genomes. */
    public CompatibilityDistance(SpeciationParameters parameters) {
        this(parameters, PlasticityParameters.defaults());
    }

    /** The coefficients. */
    public SpeciationParameters parameters() {
        return parameters;
    }

    /** The plasticity settings (its distance coefficient). */
    public PlasticityParameters plasticity() {
        return plasticity;
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
        int size = !normalize || larger < normalizeBelow ? 1 : Math.max(1, larger);
        double n = size;
        double stop = boundable ? bound : Double.POSITIVE_INFINITY;
        // every term of δ is non-negative, so the mismatched genes seen so far bound δ from below;
        // genes that do not match number at least |na - nb|
        if (stop < Double.POSITIVE_INFINITY && na != nb) {
            double gap = perMismatch * Math.abs(na - nb);
            double sizeGap = (size == 1 ? gap : gap / n) * MARGIN;
            if (sizeGap >= stop) {
                return sizeGap;
            }
        }
        double disjointScale = size < TABLE ? disjointPer[size] : disjoint / n * MARGIN;
        int i = 0;
        int j = 0;
        int matching = 0;
        int disjointGenes = 0;
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
                disjointGenes++;
                if (ia < ib) {
                    i++;
                } else {
                    j++;
                }
                if (disjointGenes * disjointScale >= stop) {
                    return disjointGenes * disjointScale;
                }
            }
        }
        int excessGenes = (na - i) + (nb - j);
        double meanWeight = matching == 0 ? 0.0 : weightDifference / matching;
        double delta = excess * excessGenes / n + disjoint * disjointGenes / n + weight * meanWeight;
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
            delta += plasticityCoefficient * (meanParameter + (px.rule() == py.rule() ? 0.0 : 1.0));
        }
        return delta;
    }
}
