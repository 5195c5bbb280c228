package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;

/**
 * The left-and-right retina ({@link TruthTable#retina()}) scored like every truth table
 * ({@link TruthTableTask}), with the pixels placed where they are on the retina so that an indirect
 * encoding can see which inputs belong to which half.
 *
 * <p><b>Geometry</b> (2-D, {@link #pixelGeometry()}): the eight pixels form a 4 × 2 sheet of square
 * pixels 2/3 apart, x ∈ {−1, −1/3} for the left half and {1/3, 1} for the right half, the top row at
 * y = −1/3 and the bottom row at y = −1 (input order as in {@link TruthTable#retina()}: each half
 * top-left, top-right, bottom-left, bottom-right). The two outputs sit at y = 1 above the centre of their
 * half: output 0 (left object) at x = −2/3, output 1 (right object) at x = 2/3. Inputs below and outputs
 * above keep the convention of {@link Geometry#lines}, so hidden nodes can be placed in between.
 *
 * <p>Sources: the retina problem is Kashtan &amp; Alon's (2005, PNAS 102:13773); HyperNEAT-LEO
 * (Verbancsics &amp; Stanley 2011, "Constraining connectivity to encourage modularity in HyperNEAT", GECCO)
 * and ES-HyperNEAT (Risi &amp; Stanley 2012, Artificial Life 18(4)) evolve it with substrates that keep
 * the left pixels and the left output on one side and the right ones on the other. Coleman's AHNI, which
 * implements the problem "as described in" the LEO paper, lays its substrate out as an input sheet 4 wide
 * and 2 high (the pixels in place), an 8 × 4 hidden sheet and an output sheet 2 wide and 1 high (left
 * output, right output). The papers' own coordinates could not be checked here; the exact values above
 * (the spacing, the rows' heights, the outputs above their halves' centres) are Neurula's choice.
 */
public final class RetinaTask implements Task {

    private static final double THIRD = 1.0 / 3.0;

    private static final Geometry GEOMETRY = new Geometry(
            Positions.of(2,
                    -1, -THIRD, -THIRD, -THIRD, -1, -1, -THIRD, -1,     // left half: TL, TR, BL, BR
                    THIRD, -THIRD, 1, -THIRD, THIRD, -1, 1, -1),       // right half: TL, TR, BL, BR
            Positions.of(2, -2 * THIRD, 1, 2 * THIRD, 1));

    private final TruthTableTask table = new TruthTableTask(TruthTable.retina());

    /** The retina's input and output positions (see the class comment). */
    public static Geometry pixelGeometry() {
        return GEOMETRY;
    }

    @Override
    public int inputs() {
        return 8;
    }

    @Override
    public int outputs() {
        return 2;
    }

    @Override
    public Geometry geometry() {
        return GEOMETRY;
    }

    @Override
    public Evaluator newEvaluator() {
        return table.newEvaluator();
    }
}
