package org.neurula.developmental.evolution;

/**
 * How CMA-ES (Hansen &amp; Ostermeier 2001; the parameter defaults of Hansen's tutorial, "The CMA Evolution
 * Strategy: A Tutorial", 2016) evolves a fixed-length vector: what the NDP paper's code runs through
 * pycma ({@code cma.CMAEvolutionStrategy} with {@code popsize}, {@code sigma_init}, {@code CMA_elitist},
 * {@code minstd} and {@code x0_dist: U[-1,1]}, github.com/enajx/NDP, {@code optimizers.py}).
 *
 * @param populationSize vectors sampled per generation (λ; at least 2); the best half are recombined
 * @param sigma          the initial step size σ (positive)
 * @param initialRange   the initial mean is drawn uniformly from [−range, range] in every coordinate
 * @param elitist        the best vector found so far takes the last place of every later generation
 * @param minStd         every coordinate's standard deviation σ·√C<sub>ii</sub> is kept at least this
 *                       (0: no floor)
 */
public record CmaSettings(int populationSize, double sigma, double initialRange, boolean elitist, double minStd) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the parameter and its value
     */
    public CmaSettings {
        if (populationSize < 2) {
            throw new IllegalArgumentException("CMA-ES needs a population of at least 2, was " + populationSize);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("the step size sigma must be a positive number, was " + sigma);
        }
        if (!(initialRange > 0) || !Double.isFinite(initialRange)) {
            throw new IllegalArgumentException("the initial range must be a positive number, was " + initialRange);
        }
        if (!(minStd >= 0) || !Double.isFinite(minStd)) {
            throw new IllegalArgumentException("minStd must be 0 or a positive number, was " + minStd);
        }
    }
}
