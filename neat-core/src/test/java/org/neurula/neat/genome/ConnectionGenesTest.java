package org.neurula.neat.genome;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks {@link ConnectionGenes}: validation in {@code of}, defensive copies, lookup by innovation
 * and by endpoints, and structure sharing of {@code withWeights}/{@code withEnabled}.
 */
class ConnectionGenesTest {

    private static ConnectionGenes sample() {
        return ConnectionGenes.of(new int[] {1, 4, 9}, new int[] {0, 0, 5}, new int[] {3, 5, 3},
                new double[] {0.5, -1.0, 2.0}, new boolean[] {true, false, true});
    }

    @Test
    void ofRejectsUnsortedOrRaggedArrays() {
        assertThrows(IllegalArgumentException.class, () -> ConnectionGenes.of(new int[] {2, 2}, new int[2],
                new int[2], new double[2], new boolean[2]));
        assertThrows(IllegalArgumentException.class, () -> ConnectionGenes.of(new int[] {3, 1}, new int[2],
                new int[2], new double[2], new boolean[2]));
        assertThrows(IllegalArgumentException.class, () -> ConnectionGenes.of(new int[] {1, 2}, new int[1],
                new int[2], new double[2], new boolean[2]));
    }

    @Test
    void ofCopiesItsArguments() {
        double[] w = {0.5};
        ConnectionGenes c = ConnectionGenes.of(new int[] {0}, new int[] {0}, new int[] {1}, w, new boolean[] {true});
        w[0] = 99;
        assertEquals(0.5, c.weight(0));
    }

    @Test
    void accessorsReturnCopies() {
        ConnectionGenes c = sample();
        c.weights()[0] = 42;
        c.enabledFlags()[0] = false;
        assertEquals(0.5, c.weight(0));
        assertTrue(c.enabled(0));
    }

    @Test
    void lookups() {
        ConnectionGenes c = sample();
        assertEquals(1, c.indexOf(4));
        assertTrue(c.indexOf(5) < 0);
        assertEquals(2, c.find(5, 3));
        assertEquals(-1, c.find(3, 5));
        assertEquals(2, c.enabledCount());
    }

    @Test
    void withWeightsSharesStructureAndCopiesWeights() {
        ConnectionGenes c = sample();
        double[] w = {7, 8, 9};
        ConnectionGenes d = c.withWeights(w);
        w[0] = 0;
        assertTrue(d.sharesStructureWith(c));
        assertArrayEquals(new double[] {7, 8, 9}, d.weights());
        assertArrayEquals(new double[] {0.5, -1.0, 2.0}, c.weights());
        assertNotEquals(c, d);
        assertThrows(IllegalArgumentException.class, () -> c.withWeights(new double[2]));
    }

    @Test
    void withEnabledSharesStructure() {
        ConnectionGenes c = sample();
        ConnectionGenes d = c.withEnabled(new boolean[] {false, false, false});
        assertTrue(d.sharesStructureWith(c));
        assertEquals(0, d.enabledCount());
        assertEquals(2, c.enabledCount());
        assertFalse(sample().sharesStructureWith(c), "separately built genes must not share arrays");
        assertEquals(sample(), c);
        assertEquals(sample().hashCode(), c.hashCode());
    }
}
