package org.neurula.developmental.evolution;

import java.util.random.RandomGenerator;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

/**
 * The state of one CMA-ES search, maximizing, in ask-and-tell form: {@link #ask} samples a generation,
 * {@link #tell} takes its fitness values and moves the mean, the evolution paths, the covariance matrix
 * and the step size. The update and its constants are those of Hansen's tutorial ("The CMA Evolution
 * Strategy: A Tutorial", 2016, its Table 1 and Fig. 7): μ = λ/2 parents with log-rank weights, cumulation
 * for σ and for C with the stall flag h<sub>σ</sub>, rank-one and rank-μ updates, and the step size widened
 * on a flat fitness as in Hansen's reference code ({@code cmaes.m}), up to 1,000 times its start. Every
 * random number comes from the generator {@code ask} is given; the covariance matrix is decomposed
 * (Hipparchus' {@link EigenDecompositionSymmetric}) after every update, which costs little for the few
 * hundred numbers a developmental program has.
 *
 * <pre>{@code
 * CmaState cma = new CmaState(mean, new CmaSettings(64, 1.0, 1.0, true, 0.005));
 * double[][] xs = cma.ask(random);
 * cma.tell(xs, fitnessOf(xs));
 * }</pre>
 */
public final class CmaState {

    private final int n;
    private final int lambda;
    private final int mu;
    private final double[] weights;
    private final double muEff;
    private final double cc;
    private final double cs;
    private final double c1;
    private final double cMu;
    private final double damps;
    private final double chiN;
    private final double minStd;
    private final double initialSigma;
    /** The step size never grows past this many times its start. */
    static final double MAX_GROWTH = 1e3;

    private final double[] mean;
    private double sigma;
    private final double[][] c;
    private final double[] pc;
    private final double[] ps;
    /** Eigenvectors of C as columns, and the square roots of its eigenvalues. */
    private double[][] b;
    private double[] d;
    private long generation;

    /**
     * A search from {@code initialMean} with the settings' λ, σ and standard-deviation floor.
     *
     * @throws IllegalArgumentException if the mean is empty or not finite
     */
    public CmaState(double[] initialMean, CmaSettings settings) {
        if (initialMean.length == 0) {
            throw new IllegalArgumentException("CMA-ES needs at least one number to search");
        }
        for (double x : initialMean) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("the initial mean must be finite, had " + x);
            }
        }
        n = initialMean.length;
        lambda = settings.populationSize();
        mu = lambda / 2;
        weights = new double[mu];
        double sum = 0;
        for (int i = 0; i < mu; i++) {
            weights[i] = Math.log(mu + 0.5) - Math.log(i + 1);
            sum += weights[i];
        }
        double squares = 0;
        for (int i = 0; i < mu; i++) {
            weights[i] /= sum;
            squares += weights[i] * weights[i];
        }
        muEff = 1.0 / squares;
        cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
        cs = (muEff + 2) / (n + muEff + 5);
        c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
        cMu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));
        damps = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cs;
        chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        minStd = settings.minStd();
        mean = initialMean.clone();
        sigma = settings.sigma();
        initialSigma = sigma;
        c = new double[n][n];
        b = new double[n][n];
        d = new double[n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 1;
            b[i][i] = 1;
            d[i] = 1;
        }
        pc = new double[n];
        ps = new double[n];
    }

    /** Numbers per vector. */
    public int dimension() {
        return n;
    }

    /** Vectors per generation (λ). */
    public int populationSize() {
        return lambda;
    }

    /** The current step size σ. */
    public double sigma() {
        return sigma;
    }

    /** A copy of the current mean. */
    public double[] mean() {
        return mean.clone();
    }

    /** The current standard deviation of coordinate {@code i}: σ·√C<sub>ii</sub>. */
    public double standardDeviation(int i) {
        return sigma * Math.sqrt(c[i][i]);
    }

    /** Generations told so far. */
    public long generation() {
        return generation;
    }

    /** λ new vectors m + σ·B·D·z with z standard normal, drawn from {@code random} in order. */
    public double[][] ask(RandomGenerator random) {
        double[][] xs = new double[lambda][n];
        double[] z = new double[n];
        for (int k = 0; k < lambda; k++) {
            for (int j = 0; j < n; j++) {
                z[j] = d[j] * random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                double y = 0;
                for (int j = 0; j < n; j++) {
                    y += b[i][j] * z[j];
                }
                xs[k][i] = mean[i] + sigma * y;
            }
        }
        return xs;
    }

    /**
     * One update from a generation: {@code xs} (λ vectors, those {@link #ask} gave or others in their
     * place, such as an elite) and their fitness values (higher is better; NaN counts as the worst).
     * Ties keep the order of {@code xs}.
     *
     * @throws IllegalArgumentException if the counts do not match the population or the dimension
     */
    public void tell(double[][] xs, double[] fitness) {
        if (xs.length != lambda || fitness.length != lambda) {
            throw new IllegalArgumentException("tell needs " + lambda + " vectors and values, had " + xs.length
                    + " and " + fitness.length);
        }
        Integer[] order = new Integer[lambda];
        for (int k = 0; k < lambda; k++) {
            if (xs[k].length != n) {
                throw new IllegalArgumentException("vector " + k + " has " + xs[k].length + " numbers, not " + n);
            }
            order[k] = k;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(rank(fitness[q]), rank(fitness[p])));
        double[] old = mean.clone();
        for (int i = 0; i < n; i++) {
            double m = 0;
            for (int k = 0; k < mu; k++) {
                m += weights[k] * xs[order[k]][i];
            }
            mean[i] = m;
        }
        double[] yw = new double[n];
        for (int i = 0; i < n; i++) {
            yw[i] = (mean[i] - old[i]) / sigma;
        }
        // C^(-1/2) · y_w = B · D^(-1) · B^T · y_w
        double[] t = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += b[i][j] * yw[i];
            }
            t[j] = s / d[j];
        }
        double psScale = Math.sqrt(cs * (2 - cs) * muEff);
        double psNorm = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += b[i][j] * t[j];
            }
            ps[i] = (1 - cs) * ps[i] + psScale * s;
            psNorm += ps[i] * ps[i];
        }
        psNorm = Math.sqrt(psNorm);
        generation++;
        boolean hSigma = psNorm / Math.sqrt(1 - Math.pow(1 - cs, 2.0 * generation)) / chiN < 1.4 + 2.0 / (n + 1);
        double pcScale = hSigma ? Math.sqrt(cc * (2 - cc) * muEff) : 0.0;
        for (int i = 0; i < n; i++) {
            pc[i] = (1 - cc) * pc[i] + pcScale * yw[i];
        }
        double keep = 1 - c1 - cMu + (hSigma ? 0.0 : c1 * cc * (2 - cc));
        double[][] y = new double[mu][n];
        for (int k = 0; k < mu; k++) {
            for (int i = 0; i < n; i++) {
                y[k][i] = (xs[order[k]][i] - old[i]) / sigma;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double rankMu = 0;
                for (int k = 0; k < mu; k++) {
                    rankMu += weights[k] * y[k][i] * y[k][j];
                }
                double v = keep * c[i][j] + c1 * pc[i] * pc[j] + cMu * rankMu;
                c[i][j] = v;
                c[j][i] = v;
            }
        }
        sigma *= Math.exp(cs / damps * (psNorm / chiN - 1));
        // a flat fitness (the best equal to the value at 70 % of the ranking) says nothing about where to go:
        // widen the search, as Hansen's reference code cmaes.m does
        if (rank(fitness[order[0]]) == rank(fitness[order[(int) Math.ceil(0.7 * lambda) - 1]])) {
            sigma *= Math.exp(0.2 + cs / damps);
        }
        // on a fitness that stays flat the step would grow until the numbers overflow; pycma calls a search
        // diverged when σ has grown 1,000-fold (tolfacupx), and here it stops growing there
        sigma = Math.min(sigma, MAX_GROWTH * initialSigma);
        if (minStd > 0) {
            floorStandardDeviations();
        }
        decompose();
    }

    /** Scales row and column i of C where σ·√C<sub>ii</sub> fell below the floor, so it is the floor. */
    private void floorStandardDeviations() {
        for (int i = 0; i < n; i++) {
            double wanted = minStd / sigma;
            if (Math.sqrt(c[i][i]) < wanted) {
                double f = wanted / Math.sqrt(Math.max(c[i][i], Double.MIN_NORMAL));
                for (int j = 0; j < n; j++) {
                    c[i][j] *= f;
                    c[j][i] *= f;
                }
            }
        }
    }

    /**
     * B and D from C; should C ever hold a non-finite number or defeat the decomposition, the search keeps
     * sampling with the last good ones (and C is set back to them).
     */
    private void decompose() {
        EigenDecompositionSymmetric eigen;
        try {
            for (double[] row : c) {
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        throw new ArithmeticException("C holds " + v);
                    }
                }
            }
            eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(c, false));
        } catch (ArithmeticException | org.hipparchus.exception.MathRuntimeException e) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = 0;
                    for (int k = 0; k < n; k++) {
                        v += b[i][k] * d[k] * d[k] * b[j][k];
                    }
                    c[i][j] = v;
                }
            }
            return;
        }
        double[] values = eigen.getEigenvalues();
        RealMatrix vectors = eigen.getV();
        double[][] nb = new double[n][n];
        double[] nd = new double[n];
        for (int j = 0; j < n; j++) {
            nd[j] = Math.sqrt(Math.max(values[j], 1e-300));
            for (int i = 0; i < n; i++) {
                nb[i][j] = vectors.getEntry(i, j);
            }
        }
        b = nb;
        d = nd;
    }

    private static double rank(double fitness) {
        return Double.isNaN(fitness) ? Double.NEGATIVE_INFINITY : fitness;
    }
}
