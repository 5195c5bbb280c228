package org.neurula.fitness.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;

/** The retina's inputs sit where its pixels are: the side a pixel is on is the output it can change. */
class RetinaGeometryTest {

    private final Task task = new RetinaProvider().create(new RetinaConfig());
    private final Geometry geometry = task.geometry();

    /** Whether flipping input {@code pixel} can change target {@code output} in some pattern. */
    private static boolean influences(int pixel, int output) {
        TruthTable table = TruthTable.retina();
        for (int p = 0; p < table.patterns(); p++) {
            int flipped = p ^ (1 << (7 - pixel));
            if (table.targets()[p][output] != table.targets()[flipped][output]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eachPixelLiesOnTheSideOfTheOutputItInfluences() {
        Positions inputs = geometry.inputs();
        for (int pixel = 0; pixel < 8; pixel++) {
            boolean left = influences(pixel, 0);
            assertTrue(left != influences(pixel, 1), "pixel " + pixel + " belongs to exactly one half");
            double x = inputs.coordinate(pixel, 0);
            assertTrue(left ? x < 0 : x > 0, "pixel " + pixel + " at x = " + x + " on the " + (left ? "left" : "right"));
        }
        assertTrue(geometry.outputs().coordinate(0, 0) < 0, "the left-object output on the left");
        assertTrue(geometry.outputs().coordinate(1, 0) > 0, "the right-object output on the right");
    }

    @Test
    void eachHalfIsA2x2SheetInReadingOrderWithTheInnerColumnNearerTheCentre() {
        Positions in = geometry.inputs();
        for (int half = 0; half < 2; half++) {
            int tl = 4 * half;
            int tr = tl + 1;
            int bl = tl + 2;
            int br = tl + 3;
            assertEquals(in.coordinate(tl, 1), in.coordinate(tr, 1), "top row level");
            assertEquals(in.coordinate(bl, 1), in.coordinate(br, 1), "bottom row level");
            assertTrue(in.coordinate(tl, 1) > in.coordinate(bl, 1), "top row above the bottom row");
            assertEquals(in.coordinate(tl, 0), in.coordinate(bl, 0), "left column");
            assertTrue(in.coordinate(tl, 0) < in.coordinate(tr, 0), "left column left of the right column");
            assertEquals(in.coordinate(tr, 0) - in.coordinate(tl, 0), in.coordinate(tl, 1) - in.coordinate(bl, 1),
                    1e-12, "square pixels");
        }
        // The object definition's inner columns (TruthTable.isRetinaObject) are the ones next to x = 0.
        assertEquals(-1.0 / 3, in.coordinate(1, 0), 1e-12);
        assertEquals(1.0 / 3, in.coordinate(4, 0), 1e-12);
        for (int o = 0; o < 2; o++) {
            assertTrue(geometry.outputs().coordinate(o, 1) > in.coordinate(0, 1), "outputs above the inputs");
        }
    }

    @Test
    void theRetinaTaskStillScoresLikeItsTruthTable() {
        assertInstanceOf(RetinaTask.class, task);
        TruthTable table = TruthTable.retina();
        var perfect = new ScriptedNetwork(8, 2) {
            @Override
            public void activate(double[] in, double[] out) {
                int p = 0;
                for (double v : in) {
                    p = 2 * p + (int) v;
                }
                out[0] = table.targets()[p][0];
                out[1] = table.targets()[p][1];
            }
        };
        var fitness = task.newEvaluator().evaluate(perfect, new EvaluationContext(new SplittableRandom(3), 0, 0, 0));
        assertTrue(fitness.solved());
        assertEquals(512.0 * 512.0, fitness.value(), 1e-9);
    }
}
