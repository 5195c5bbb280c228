package org.neurula.fitness.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The parity and multiplexer truth tables, row by row against their definitions. */
class TruthTableTest {

    @Test
    void xorIsTheTwoBitParity() {
        TruthTable xor = TruthTable.xor();
        assertEquals(4, xor.patterns());
        double[][] expectedInputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] expectedTargets = {0, 1, 1, 0};
        for (int p = 0; p < 4; p++) {
            assertArrayEquals(expectedInputs[p], xor.inputs()[p]);
            assertEquals(expectedTargets[p], xor.targets()[p][0]);
        }
    }

    @Test
    void threeBitParityByHand() {
        TruthTable parity = TruthTable.parity(3);
        assertEquals(8, parity.patterns());
        assertEquals(3, parity.inputCount());
        // rows in binary order 000, 001, ..., 111
        double[] expected = {0, 1, 1, 0, 1, 0, 0, 1};
        for (int p = 0; p < 8; p++) {
            assertEquals(expected[p], parity.targets()[p][0], "row " + p);
            double ones = parity.inputs()[p][0] + parity.inputs()[p][1] + parity.inputs()[p][2];
            assertEquals(ones % 2, parity.targets()[p][0], "row " + p);
        }
        assertArrayEquals(new double[] {1, 0, 1}, parity.inputs()[5]);
    }

    @Test
    void sixMultiplexerSelectsTheAddressedDataBit() {
        TruthTable mux = TruthTable.multiplexer(2);
        assertEquals(64, mux.patterns());
        assertEquals(6, mux.inputCount());
        // a few rows by hand: inputs a1 a0 d0 d1 d2 d3
        assertEquals(1.0, target(mux, 0, 0, 1, 0, 0, 0)); // address 0 -> d0
        assertEquals(0.0, target(mux, 0, 0, 0, 1, 1, 1));
        assertEquals(1.0, target(mux, 1, 0, 0, 0, 1, 0)); // address 2 -> d2
        assertEquals(1.0, target(mux, 1, 1, 0, 0, 0, 1)); // address 3 -> d3
        assertEquals(0.0, target(mux, 0, 1, 1, 0, 1, 1)); // address 1 -> d1
        int ones = 0;
        for (double[] t : mux.targets()) {
            ones += (int) t[0];
        }
        assertEquals(32, ones, "the multiplexer is balanced");
    }

    @Test
    void elevenMultiplexerAgreesWithItsDefinitionOnEveryRow() {
        TruthTable mux = TruthTable.multiplexer(3);
        assertEquals(2048, mux.patterns());
        for (int p = 0; p < mux.patterns(); p++) {
            double[] in = mux.inputs()[p];
            int address = (int) (4 * in[0] + 2 * in[1] + in[2]);
            assertEquals(in[3 + address], mux.targets()[p][0], "row " + p);
        }
    }

    private static double target(TruthTable table, double... inputs) {
        for (int p = 0; p < table.patterns(); p++) {
            if (java.util.Arrays.equals(table.inputs()[p], inputs)) {
                return table.targets()[p][0];
            }
        }
        throw new AssertionError("no row " + java.util.Arrays.toString(inputs));
    }

    /** Kashtan & Alon's objects as pictures, rows top then bottom ("o" on, "." off). */
    private static final java.util.List<String> LEFT_OBJECTS = java.util.List.of(
            "../..", "o./..", ".o/..", "../o.", "../.o", ".o/.o", "oo/.o", ".o/oo");
    private static final java.util.List<String> RIGHT_OBJECTS = java.util.List.of(
            "../..", "o./..", ".o/..", "../o.", "../.o", "o./o.", "oo/o.", "o./oo");

    private static int pixels(String picture) {
        String p = picture.replace("/", "");
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            bits = bits << 1 | (p.charAt(i) == 'o' ? 1 : 0);
        }
        return bits;
    }

    @Test
    void retinaObjectsAreTheEightPicturesOfEachSide() {
        for (int half = 0; half < 16; half++) {
            final int h = half;
            boolean left = LEFT_OBJECTS.stream().anyMatch(picture -> pixels(picture) == h);
            boolean right = RIGHT_OBJECTS.stream().anyMatch(picture -> pixels(picture) == h);
            assertEquals(left, TruthTable.isRetinaObject(half, true), "left half " + half);
            assertEquals(right, TruthTable.isRetinaObject(half, false), "right half " + half);
        }
        assertThrows(IllegalArgumentException.class, () -> TruthTable.isRetinaObject(16, true));
    }

    @Test
    void retinaTableCoversAll256PatternsWithBothOutputs() {
        TruthTable retina = TruthTable.retina();
        assertEquals(256, retina.patterns());
        assertEquals(8, retina.inputCount());
        assertEquals(2, retina.outputCount());
        int left = 0;
        int right = 0;
        int both = 0;
        for (double[] t : retina.targets()) {
            left += (int) t[0];
            right += (int) t[1];
            both += (int) (t[0] * t[1]);
        }
        assertEquals(8 * 16, left, "8 left objects times any right half");
        assertEquals(8 * 16, right);
        assertEquals(64, both);
        // by hand: left ".o/.o" (pixels TR and BR on), right "oo/oo" (not an object)
        double[] row = {0, 1, 0, 1, 1, 1, 1, 1};
        assertArrayEquals(new double[] {1, 0}, targets(retina, row));
        // left "oo/oo" is no object; right "o./oo" is a right object
        assertArrayEquals(new double[] {0, 1}, targets(retina, 1, 1, 1, 1, 1, 0, 1, 1));
        // a left object seen in the right half is not a right object: mirror images swap sides
        assertArrayEquals(new double[] {1, 0}, targets(retina, 0, 1, 1, 1, 0, 1, 1, 1));
        assertArrayEquals(new double[] {1, 1}, targets(retina, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static double[] targets(TruthTable table, double... inputs) {
        for (int p = 0; p < table.patterns(); p++) {
            if (java.util.Arrays.equals(table.inputs()[p], inputs)) {
                return table.targets()[p];
            }
        }
        throw new AssertionError("no row " + java.util.Arrays.toString(inputs));
    }

    @Test
    void rejectsRaggedTables() {
        assertThrows(IllegalArgumentException.class,
                () -> new TruthTable(new double[][] {{0, 1}, {1}}, new double[][] {{0}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> new TruthTable(new double[][] {{0}}, new double[][] {}));
    }
}
