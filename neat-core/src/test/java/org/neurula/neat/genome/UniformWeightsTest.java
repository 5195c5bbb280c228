package org.neurula.neat.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.variation.VariationContext;

/**
 * {@code genome.uniformWeights}: initial weights and the weights of new connections are drawn
 * uniformly from [-initialWeightStdDev, initialWeightStdDev) (here 0.5): within that range, with
 * variance 0.5²/3 and the excess kurtosis -1.2 of a uniform distribution. Off (the default), they are
 * Gaussian with standard deviation 0.5, so about a third fall outside ±0.5. Fixed seeds; the variance
 * must lie within four standard errors.
 */
class UniformWeightsTest {

    private static final double SCALE = 0.5;

    private static NeatParameters parameters(boolean uniform) {
        NeatParameters p = TestGenomes.parameters(false);
        return p.withGenome(ReleaseOptions.uniformWeights(p.genome(), uniform, SCALE));
    }

    private static DoubleArrayList initialWeights(boolean uniform) {
        NeatParameters p = parameters(uniform);
        InitialGenomes initial = TestGenomes.initial(3, 2, p);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(5);
        DoubleArrayList weights = new DoubleArrayList();
        for (int k = 0; k < 2_000; k++) {
            weights.addAll(initial.create(random, tracker).connections().weights());
        }
        return weights;
    }

    private static DoubleArrayList newConnectionWeights(boolean uniform) {
        VariationContext context = TestGenomes.context(new SplittableRandom(6), new InnovationTracker(6),
                parameters(uniform));
        DoubleArrayList weights = new DoubleArrayList();
        for (int k = 0; k < 16_000; k++) {
            weights.add(context.randomWeight());
        }
        return weights;
    }

    private static void assertUniform(DoubleArrayList w) {
        assertTrue(w.min() >= -SCALE && w.max() < SCALE, "range " + w.min() + " .. " + w.max());
        assertTrue(w.min() < -0.99 * SCALE && w.max() > 0.99 * SCALE, "the whole range is used");
        int n = w.size();
        double m2 = 0;
        double m4 = 0;
        for (int k = 0; k < n; k++) {
            double x = w.get(k);
            m2 += x * x;
            m4 += x * x * x * x;
        }
        m2 /= n;
        m4 /= n;
        double a4 = Math.pow(SCALE, 4);
        assertEquals(SCALE * SCALE / 3, m2, 4 * Math.sqrt((a4 / 5 - a4 / 9) / n), "variance of a uniform");
        assertEquals(-1.2, m4 / (m2 * m2) - 3, 0.1, "excess kurtosis of a uniform");
    }

    private static void assertGaussian(DoubleArrayList w) {
        long outside = w.count(x -> Math.abs(x) > SCALE);
        double expected = 0.3173; // P(|Z| > 1)
        double std = Math.sqrt(expected * (1 - expected) / w.size());
        assertEquals(expected, outside / (double) w.size(), 4 * std, "share beyond one standard deviation");
    }

    @Test
    void initialWeightsAreUniformWhenOn() {
        DoubleArrayList w = initialWeights(true);
        assertEquals(16_000, w.size());
        assertUniform(w);
    }

    @Test
    void newConnectionWeightsAreUniformWhenOn() {
        assertUniform(newConnectionWeights(true));
    }

    @Test
    void weightsAreGaussianByDefault() {
        assertGaussian(initialWeights(false));
        assertGaussian(newConnectionWeights(false));
    }
}
