package org.neurula.fitness.xor;

import org.neurula.fitness.Task;
import org.neurula.fitness.logic.TruthTable;
import org.neurula.fitness.logic.TruthTableTask;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Exclusive or, as in the NEAT paper (Stanley &amp; Miikkulainen 2002, section 4.1): two inputs (plus
 * the bias), one output; fitness {@code (4 − Σ|error|)²} over the four patterns; solved when all
 * four outputs lie on the correct side of 0.5. Recurrent networks are reset before each pattern. With
 * {@code protocol: ndp} the neural developmental program paper's version instead ({@link XorConfig}).
 * Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, inputs at (−1, −1) and
 * (1, −1), the output at (0, 1).
 */
public final class XorTask implements Task {

    private static final double[][] PATTERNS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    private final TruthTableTask table = new TruthTableTask(TruthTable.xor());
    private final boolean ndp;

    /** The NEAT paper's XOR. */
    public XorTask() {
        this(new XorConfig());
    }

    /** XOR under {@code config}'s protocol (see {@link XorConfig}). */
    public XorTask(XorConfig config) {
        this.ndp = config.protocol().equals("ndp");
    }

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public int outputs() {
        return ndp ? 2 : 1;
    }

    @Override
    public Evaluator newEvaluator() {
        if (!ndp) {
            return table.newEvaluator();
        }
        double[] out = new double[2];
        return (network, context) -> {
            network.reset();
            int correct = 0;
            for (double[] pattern : PATTERNS) {
                network.activate(pattern, out);
                int answer = out[1] > out[0] ? 1 : 0;
                correct += answer == ((int) pattern[0] ^ (int) pattern[1]) ? 1 : 0;
            }
            return new Fitness(correct, correct == PATTERNS.length);
        };
    }
}
