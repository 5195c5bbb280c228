package org.neurula.neat.reproduction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link OffspringAllocation}: counts sum exactly to the total for many random weight vectors
 * and stay within one of the exact proportional share (larger weight never fewer offspring);
 * hand-computed largest-remainder cases; ineligible species get nothing; zero weights split equally.
 */
class OffspringAllocationTest {

    private static boolean[] all(int n) {
        boolean[] e = new boolean[n];
        java.util.Arrays.fill(e, true);
        return e;
    }

    @Test
    void handComputedLargestRemainder() {
        assertArrayEquals(new int[] {10, 20, 30, 40}, OffspringAllocation.allocate(new double[] {1, 2, 3, 4}, all(4), 100));
        // exact 3.5, 1.75, 1.75: floors 3, 1, 1; the two left over go to the largest remainders (0.75, 0.75)
        assertArrayEquals(new int[] {3, 2, 2}, OffspringAllocation.allocate(new double[] {0.5, 0.25, 0.25}, all(3), 7));
        // exact 3.33 each: the one left over goes to the lowest index
        assertArrayEquals(new int[] {4, 3, 3}, OffspringAllocation.allocate(new double[] {1, 1, 1}, all(3), 10));
        assertArrayEquals(new int[] {150}, OffspringAllocation.allocate(new double[] {0.1}, all(1), 150));
        assertArrayEquals(new int[] {0, 0}, OffspringAllocation.allocate(new double[] {1, 2}, all(2), 0));
    }

    @Test
    void ineligibleSpeciesGetNothing() {
        boolean[] eligible = {false, true, true};
        assertArrayEquals(new int[] {0, 5, 5}, OffspringAllocation.allocate(new double[] {5, 1, 1}, eligible, 10));
        assertArrayEquals(new int[] {0, 0, 0},
                OffspringAllocation.allocate(new double[] {5, 1, 1}, new boolean[3], 10), "none eligible");
    }

    @Test
    void zeroWeightsSplitEqually() {
        assertArrayEquals(new int[] {3, 3, 2, 2}, OffspringAllocation.allocate(new double[4], all(4), 10));
        assertArrayEquals(new int[] {3, 0, 2},
                OffspringAllocation.allocate(new double[3], new boolean[] {true, false, true}, 5));
        // positive weight only on an ineligible species: the eligible ones share equally
        assertArrayEquals(new int[] {0, 4, 4},
                OffspringAllocation.allocate(new double[] {9, 0, 0}, new boolean[] {false, true, true}, 8));
    }

    @Test
    void aMinimumComesFirstAndTheRestIsShared() {
        // 2 each first, then the 4 left over by weight 0, 3, 2 (exact 0, 2.4, 1.6: floors 0, 2, 1, one more to 1.6)
        assertArrayEquals(new int[] {2, 4, 4}, OffspringAllocation.allocate(new double[] {0, 3, 2}, all(3), 10, 2));
        // ineligible species get no minimum
        assertArrayEquals(new int[] {0, 5, 5},
                OffspringAllocation.allocate(new double[] {0, 1, 1}, new boolean[] {false, true, true}, 10, 3));
        // 7 offspring cannot give 4 species 3 each: 1 each, then the 3 left over by weight
        assertArrayEquals(new int[] {1, 1, 1, 4}, OffspringAllocation.allocate(new double[] {0, 0, 0, 1}, all(4), 7, 3));
        assertArrayEquals(OffspringAllocation.allocate(new double[] {0, 3, 2}, all(3), 10),
                OffspringAllocation.allocate(new double[] {0, 3, 2}, all(3), 10, 0), "minimum 0 is the plain split");
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + r.nextInt(30);
            double[] w = new double[n];
            boolean[] e = new boolean[n];
            int eligible = 0;
            for (int s = 0; s < n; s++) {
                w[s] = r.nextInt(4) == 0 ? 0.0 : r.nextDouble(0, 10);
                e[s] = r.nextInt(5) != 0;
                eligible += e[s] ? 1 : 0;
            }
            int total = r.nextInt(300);
            int minimum = r.nextInt(6);
            int[] counts = OffspringAllocation.allocate(w, e, total, minimum);
            int sum = 0;
            for (int s = 0; s < n; s++) {
                sum += counts[s];
                if (e[s]) {
                    assertTrue(counts[s] >= Math.min(minimum, total / eligible), "trial " + trial);
                } else {
                    assertEquals(0, counts[s], "trial " + trial);
                }
            }
            assertEquals(eligible == 0 ? 0 : total, sum, "trial " + trial);
        }
    }

    @Test
    void zeroWeightAmongPositiveGetsNothing() {
        assertArrayEquals(new int[] {0, 6, 4}, OffspringAllocation.allocate(new double[] {0, 3, 2}, all(3), 10));
    }

    @Test
    void randomVectorsSumExactlyAndStayProportional() {
        SplittableRandom r = new SplittableRandom(42);
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 1 + r.nextInt(25);
            double scale = Math.pow(10, r.nextInt(-6, 7));
            double[] w = new double[n];
            boolean[] eligible = new boolean[n];
            boolean any = false;
            for (int s = 0; s < n; s++) {
                w[s] = r.nextInt(5) == 0 ? 0.0 : r.nextDouble() * scale;
                eligible[s] = r.nextInt(4) != 0;
                any |= eligible[s];
            }
            if (!any) {
                eligible[r.nextInt(n)] = true;
            }
            int total = r.nextInt(501);
            int[] counts = OffspringAllocation.allocate(w.clone(), eligible.clone(), total);
            assertEquals(n, counts.length);
            double sum = 0;
            for (int s = 0; s < n; s++) {
                sum += eligible[s] ? w[s] : 0;
            }
            int given = 0;
            int eligibleCount = 0;
            for (boolean e : eligible) {
                eligibleCount += e ? 1 : 0;
            }
            for (int s = 0; s < n; s++) {
                given += counts[s];
                assertTrue(counts[s] >= 0);
                if (!eligible[s]) {
                    assertEquals(0, counts[s], "ineligible species got offspring");
                    continue;
                }
                double exact = sum > 0 ? total * w[s] / sum : total / (double) eligibleCount;
                assertTrue(Math.abs(counts[s] - exact) < 1 + 1e-9,
                        "trial " + trial + ": species " + s + " got " + counts[s] + " for an exact share " + exact);
                for (int t = 0; t < n; t++) {
                    if (eligible[t] && w[s] > w[t]) {
                        assertTrue(counts[s] >= counts[t], "larger weight got fewer offspring");
                    }
                }
            }
            assertEquals(total, given, "trial " + trial);
        }
    }

    @Test
    void hugeFiniteWeightsStayProportional() {
        assertArrayEquals(new int[] {5, 5, 0}, OffspringAllocation.allocate(new double[] {1e308, 1e308, 1}, all(3), 10));
    }
}
