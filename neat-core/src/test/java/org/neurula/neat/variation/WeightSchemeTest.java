package org.neurula.neat.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.MutationParameters.WeightScheme;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.ReleaseOptions;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * {@link WeightMutation} with {@code weightScheme: RELEASE} and {@code weightPower} 1.5, on a genome of
 * 20 genes with weights 50 + i (the limit raised so nothing is clipped): each weight is kept, replaced
 * by a value in ±power or moved by a step in ±power; the steps and new values are uniform (variance
 * power²/3 and excess kurtosis -1.2, where a Gaussian has 0); a weight of the 17 older genes is kept with
 * probability 0.05 and replaced with 0.1, one of the 3 newest (index above 0.8·20) kept with 0.2 and
 * replaced with 0.2. Rates over 5,000 mutations with a fixed seed must lie within four standard errors;
 * since half the mutations are "severe" for all genes at once, the errors account for that.
 */
class WeightSchemeTest {

    private static final int GENES = 20;
    private static final int MUTATIONS = 5_000;
    private static final double POWER = 1.5;
    private static final int TAIL_START = 17;

    /** Kept, replaced and perturbed counts for the older and the newest genes, and the values seen. */
    private final int[] kept = new int[2];
    private final int[] replaced = new int[2];
    private final DoubleArrayList steps = new DoubleArrayList();
    private final DoubleArrayList newValues = new DoubleArrayList();

    private void mutate() {
        GenomeBuilder builder = new GenomeBuilder();
        for (int i = 0; i < GENES; i++) {
            builder.node(i, NodeKind.INPUT, Activation.IDENTITY, 0);
        }
        builder.node(GENES, NodeKind.BIAS, Activation.IDENTITY, 0).node(GENES + 1, NodeKind.OUTPUT, Activation.SIGMOID, 0);
        for (int i = 0; i < GENES; i++) {
            builder.connection(i, i, GENES + 1, 50 + i, true);
        }
        Genome parent = builder.build();
        NeatParameters base = TestGenomes.parameters(false);
        GenomeParameters g = base.genome();
        NeatParameters p = ReleaseOptions.weightScheme(base.withGenome(new GenomeParameters(g.hiddenActivation(),
                g.outputActivation(), g.activationChoices(), false, g.initialWeightStdDev(), 1000.0,
                g.initialConnectivity())), WeightScheme.RELEASE, POWER);
        VariationContext context = TestGenomes.context(new SplittableRandom(77), new InnovationTracker(GENES + 2), p);
        for (int m = 0; m < MUTATIONS; m++) {
            Genome child = new WeightMutation().apply(parent, context);
            for (int i = 0; i < GENES; i++) {
                double before = parent.connections().weight(i);
                double after = child.connections().weight(i);
                int group = i >= TAIL_START ? 1 : 0;
                if (after == before) {
                    kept[group]++;
                } else if (Math.abs(after) <= POWER) {
                    replaced[group]++;
                    newValues.add(after);
                } else {
                    assertTrue(Math.abs(after - before) <= POWER, "step " + (after - before) + " beyond ±power");
                    steps.add(after - before);
                }
            }
        }
    }

    /**
     * Four standard errors of the rate of an outcome over {@code size} genes per mutation, when a
     * mutation is severe (rate {@code severe}) or not (rate {@code mild}) with probability 0.5 each.
     */
    private static double tolerance(int size, double severe, double mild) {
        double variance = 0.5 * size * severe * (1 - severe) + 0.5 * size * mild * (1 - mild)
                + 0.25 * size * size * (severe - mild) * (severe - mild);
        return 4 * Math.sqrt(variance / MUTATIONS) / size;
    }

    private static void assertRate(double severe, double mild, int count, int size, String what) {
        assertEquals(0.5 * severe + 0.5 * mild, count / (double) (size * MUTATIONS), tolerance(size, severe, mild),
                what);
    }

    /** Asserts {@code values} look uniform on (-POWER, POWER): bounds reached, variance and kurtosis. */
    private static void assertUniform(DoubleArrayList values, String what) {
        int n = values.size();
        double mean = values.sum() / n;
        double m2 = 0;
        double m4 = 0;
        for (int k = 0; k < n; k++) {
            double d = values.get(k) - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m4 /= n;
        double a = POWER;
        // Var(X²) = E[X⁴] - (E[X²])² = a⁴/5 - a⁴/9 for X uniform on (-a, a)
        double varianceError = Math.sqrt((Math.pow(a, 4) / 5 - Math.pow(a, 4) / 9) / n);
        assertEquals(a * a / 3, m2, 4 * varianceError, what + ": variance power²/3");
        assertEquals(-1.2, m4 / (m2 * m2) - 3, 0.1, what + ": excess kurtosis of a uniform distribution");
        assertTrue(values.max() <= a && values.min() >= -a, what + " within ±power");
        assertTrue(values.max() > 0.99 * a && values.min() < -0.99 * a, what + " reach ±power");
    }

    @Test
    void weightsAreKeptReplacedOrPerturbedAtTheReleaseRates() {
        mutate();
        int tail = GENES - TAIL_START;
        assertRate(0.1, 0.0, kept[0], TAIL_START, "older genes kept");
        assertRate(0.2, 0.0, replaced[0], TAIL_START, "older genes replaced");
        assertRate(0.1, 0.3, kept[1], tail, "newest genes kept");
        assertRate(0.2, 0.2, replaced[1], tail, "newest genes replaced");
    }

    @Test
    void stepsAndNewValuesAreUniformWithinThePower() {
        mutate();
        assertTrue(steps.size() > 50_000 && newValues.size() > 5_000, steps.size() + " steps, " + newValues.size());
        assertUniform(steps, "steps");
        assertUniform(newValues, "new values");
        assertEquals(0.0, steps.sum() / steps.size(), 4 * POWER / Math.sqrt(3 * steps.size()), "steps centred on 0");
    }
}
