package org.neurula.developmental.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Textbook checks of the CMA-ES state: it finds the optima of smooth functions, keeps its floor, is reproducible. */
class CmaStateTest {

    /** Runs {@code generations} generations maximizing {@code f}; returns the best value seen. */
    private static double run(CmaState cma, ToDoubleFunction<double[]> f, int generations, long seed) {
        double best = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < generations; g++) {
            double[][] xs = cma.ask(new SplittableRandom(seed * 1_000_003L + g));
            double[] values = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                values[k] = f.applyAsDouble(xs[k]);
                best = Math.max(best, values[k]);
            }
            cma.tell(xs, values);
        }
        return best;
    }

    private static double sphere(double[] x) {
        double s = 0;
        for (double v : x) {
            s += (v - 0.5) * (v - 0.5);
        }
        return -s;
    }

    /** Rosenbrock's valley, negated: its maximum 0 at (1, …, 1) lies at the end of a bent, narrow valley. */
    private static double rosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            s += 100 * a * a + b * b;
        }
        return -s;
    }

    @Test
    void findsTheCentreOfATenDimensionalSphere() {
        CmaState cma = new CmaState(new double[10], new CmaSettings(10, 0.5, 1.0, false, 0.0));
        double best = run(cma, CmaStateTest::sphere, 300, 1);
        assertTrue(best > -1e-12, "best " + best);
        for (double m : cma.mean()) {
            assertEquals(0.5, m, 1e-5);
        }
        assertTrue(cma.sigma() < 1e-4, "the step shrinks as the search converges: " + cma.sigma());
    }

    @Test
    void followsRosenbrocksValleyToItsEndInFiveDimensions() {
        CmaState cma = new CmaState(new double[5], new CmaSettings(12, 0.3, 1.0, false, 0.0));
        double best = run(cma, CmaStateTest::rosenbrock, 2000, 2);
        assertTrue(best > -1e-8, "best " + best);
        for (double m : cma.mean()) {
            assertEquals(1.0, m, 1e-3);
        }
    }

    @Test
    void theStandardDeviationFloorHoldsWhileTheSearchConverges() {
        CmaState cma = new CmaState(new double[6], new CmaSettings(10, 0.5, 1.0, false, 0.01));
        run(cma, CmaStateTest::sphere, 300, 3);
        for (int i = 0; i < 6; i++) {
            assertTrue(cma.standardDeviation(i) >= 0.01 * (1 - 1e-9), i + ": " + cma.standardDeviation(i));
        }
        // without the floor the same search goes far below it
        CmaState free = new CmaState(new double[6], new CmaSettings(10, 0.5, 1.0, false, 0.0));
        run(free, CmaStateTest::sphere, 300, 3);
        assertTrue(free.standardDeviation(0) < 1e-4, "" + free.standardDeviation(0));
    }

    @Test
    void aFlatFitnessWidensTheSearchUpToItsLimit() {
        CmaState cma = new CmaState(new double[4], new CmaSettings(8, 0.2, 1.0, false, 0.0));
        run(cma, x -> 1.0, 400, 4);
        assertEquals(0.2 * CmaState.MAX_GROWTH, cma.sigma(), 1e-9, "grown to its cap and no further");
        double[][] xs = cma.ask(new SplittableRandom(5));
        for (double[] x : xs) {
            for (double v : x) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @Test
    void theSameGeneratorsGiveTheSameSearch() {
        CmaState a = new CmaState(new double[] {0.1, -0.2, 0.3}, new CmaSettings(6, 0.3, 1.0, false, 0.0));
        CmaState b = new CmaState(new double[] {0.1, -0.2, 0.3}, new CmaSettings(6, 0.3, 1.0, false, 0.0));
        run(a, CmaStateTest::rosenbrock, 50, 9);
        run(b, CmaStateTest::rosenbrock, 50, 9);
        assertArrayEquals(a.mean(), b.mean(), 0.0);
        assertEquals(a.sigma(), b.sigma(), 0.0);
    }

    @Test
    void badSettingsAndMismatchedGenerationsAreRefusedWithWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CmaSettings(1, 1, 1, false, 0))
                .getMessage().contains("at least 2, was 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CmaSettings(4, 0, 1, false, 0))
                .getMessage().contains("sigma must be a positive number, was 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CmaSettings(4, 1, 1, false, -1))
                .getMessage().contains("minStd must be 0 or a positive number, was -1.0"));
        CmaState cma = new CmaState(new double[2], new CmaSettings(4, 1, 1, false, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cma.tell(new double[3][2], new double[3]))
                .getMessage().contains("needs 4 vectors and values, had 3 and 3"));
    }
}
