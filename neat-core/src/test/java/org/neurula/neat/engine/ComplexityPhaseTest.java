package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.config.ComplexityParameters;

/** The phase changes of phased complexity regulation, one rule at a time. */
class ComplexityPhaseTest {

    private static final ComplexityParameters PHASED = new ComplexityParameters(
            ComplexityParameters.Regulation.PHASED, 10.0, 3, 0.5, 0.05);

    @Test
    void theFirstGenerationSetsTheCeiling() {
        ComplexityPhase p = ComplexityPhase.initial().next(PHASED, 4.0, 0);
        assertFalse(p.simplifying());
        assertEquals(14.0, p.ceiling());
    }

    @Test
    void simplifyingStartsAboveTheCeilingOnly() {
        ComplexityPhase p = ComplexityPhase.initial().next(PHASED, 4.0, 0);
        assertSame(p, p.next(PHASED, 14.0, 1), "at the ceiling it goes on complexifying");
        ComplexityPhase s = p.next(PHASED, 14.5, 2);
        assertTrue(s.simplifying());
        assertEquals(14.5, s.lowestMean());
        assertEquals(2, s.lowestGeneration());
    }

    @Test
    void simplifyingLastsWhileTheMeanFallsThenRaisesTheCeilingFromTheNewFloor() {
        ComplexityPhase s = ComplexityPhase.initial().next(PHASED, 4.0, 0).next(PHASED, 15.0, 5);
        s = s.next(PHASED, 13.0, 6);
        s = s.next(PHASED, 11.0, 7);
        assertTrue(s.simplifying());
        assertEquals(11.0, s.lowestMean());
        s = s.next(PHASED, 11.5, 8).next(PHASED, 11.2, 9);
        assertTrue(s.simplifying(), "two generations without a new low are not enough");
        ComplexityPhase c = s.next(PHASED, 11.4, 10);
        assertFalse(c.simplifying(), "three generations without a new low end the phase");
        assertEquals(21.4, c.ceiling(), 1e-12);
    }

    @Test
    void noneNeverChangesThePhase() {
        ComplexityParameters none = ComplexityParameters.none();
        ComplexityPhase p = ComplexityPhase.initial();
        assertSame(p, p.next(none, 1000.0, 3));
    }
}
