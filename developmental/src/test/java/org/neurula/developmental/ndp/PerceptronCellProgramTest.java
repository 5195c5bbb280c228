package org.neurula.developmental.ndp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The published cell program reads its vector in the documented order and computes its three perceptrons. */
class PerceptronCellProgramTest {

    @Test
    void readsSeedReplicationUpdateAndWeightNetworksInOrder() {
        // d = 1, h = 1: [seed | R: u, b, v, c | T: u, b, v, c | W: u1, u2, b, v, c]
        double[] v = {0.7, 2.0, -0.5, 1.5, 0.1, 1.0, 0.0, 2.0, -0.2, 0.3, -0.4, 0.05, 1.2, 0.0};
        PerceptronCellProgram p = new PerceptronCellProgram(NdpParameters.defaults(), v);
        double[] e = new double[1];
        p.seedEmbedding(e);
        assertEquals(0.7, e[0]);
        double replication = Math.tanh(1.5 * Math.tanh(2.0 * 0.7 - 0.5) + 0.1);
        assertEquals(replication > 0, p.divides(e, 0));
        double[] out = new double[1];
        p.update(new double[] {0.4}, 0, out, 0);
        assertEquals(Math.tanh(2.0 * Math.tanh(1.0 * 0.4 + 0.0) - 0.2), out[0], 1e-15);
        assertTrue(p.weighted());
        assertEquals(Math.tanh(1.2 * Math.tanh(0.3 * 0.1 - 0.4 * 0.2 + 0.05) + 0.0),
                p.weight(new double[] {0.1}, 0, new double[] {0.2}, 0), 1e-15);
        // a negative replication output means no division
        double[] never = v.clone();
        never[4] = -5;
        assertFalse(new PerceptronCellProgram(NdpParameters.defaults(), never).divides(e, 0));
    }

    @Test
    void aVectorOfTheWrongLengthIsRefusedWithBothLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PerceptronCellProgram(NdpParameters.defaults(), new double[13]));
        assertTrue(e.getMessage().contains("14") && e.getMessage().contains("13"), e.getMessage());
    }
}
