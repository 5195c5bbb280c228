package org.neurula.fitness.xor;

import org.neurula.fitness.Task;
import org.neurula.fitness.logic.TruthTable;
import org.neurula.fitness.logic.TruthTableTask;
import org.neurula.neat.engine.Evaluator;

/**
 * Exclusive or, as in the NEAT paper (Stanley &amp; Miikkulainen 2002, section 4.1): two inputs (plus
 * the bias), one output; fitness {@code (4 − Σ|error|)²} over the four patterns; solved when all
 * four outputs lie on the correct side of 0.5. Recurrent networks are reset before each pattern.
 * Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, inputs at (−1, −1) and
 * (1, −1), the output at (0, 1).
 */
public final class XorTask implements Task {

    private final TruthTableTask table = new TruthTableTask(TruthTable.xor());

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public Evaluator newEvaluator() {
        return table.newEvaluator();
    }
}
