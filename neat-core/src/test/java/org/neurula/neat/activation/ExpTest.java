package org.neurula.neat.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Exp} against {@link StrictMath#exp}: within 2 ulp everywhere, and the special values. */
class ExpTest {

    private static double ulps(double actual, double expected) {
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    @Test
    void withinTwoUlpOnAMillionRandomArguments() {
        SplittableRandom random = new SplittableRandom(1);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double x = i % 2 == 0 ? random.nextDouble(-50, 50) : random.nextDouble(-745, 709.7);
            worst = Math.max(worst, ulps(Exp.exp(x), StrictMath.exp(x)));
        }
        assertTrue(worst <= 2.0, "worst error " + worst + " ulp");
    }

    @Test
    void exactOrNearlySoAtSimplePoints() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertTrue(ulps(Exp.exp(1.0), Math.E) <= 1.0);
        assertTrue(ulps(Exp.exp(Math.log(2.0) * 10), 1024.0) <= 2.0);
        assertTrue(ulps(Exp.exp(-4.9), StrictMath.exp(-4.9)) <= 1.0);
    }

    @Test
    void specialValues() {
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(710.0));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Exp.exp(-800.0));
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
        assertEquals(StrictMath.exp(-740.0), Exp.exp(-740.0), "subnormal results come from StrictMath");
    }

    @Test
    void monotoneAcrossTableBoundaries() {
        double step = Math.log(2.0) / 32.0;
        for (int k = -200; k < 200; k++) {
            double x = k * step;
            assertTrue(Exp.exp(Math.nextDown(x)) <= Exp.exp(x) && Exp.exp(x) <= Exp.exp(Math.nextUp(x)), "at " + x);
        }
    }
}
