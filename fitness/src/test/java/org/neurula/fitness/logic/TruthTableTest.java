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

    @Test
    void rejectsRaggedTables() {
        assertThrows(IllegalArgumentException.class,
                () -> new TruthTable(new double[][] {{0, 1}, {1}}, new double[][] {{0}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> new TruthTable(new double[][] {{0}}, new double[][] {}));
    }
}
