package org.neurula.fitness.xor;

import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Exclusive or, as in the NEAT paper (Stanley &amp; Miikkulainen 2002, section 4.1): two inputs (plus
 * the bias), one output; fitness {@code (4 − Σ|error|)²} over the four patterns; solved when all
 * four outputs lie on the correct side of 0.5. Recurrent networks are reset before each pattern.
 */
public final class XorTask implements Task {

    private static final double[][] INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[] TARGETS = {0, 1, 1, 0};

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
        double[] output = new double[1];
        return (network, context) -> {
            double error = 0;
            boolean solved = true;
            for (int p = 0; p < INPUTS.length; p++) {
                network.reset();
                network.activate(INPUTS[p], output);
                error += Math.abs(output[0] - TARGETS[p]);
                solved &= (output[0] > 0.5) == (TARGETS[p] > 0.5);
            }
            double fitness = (4.0 - error) * (4.0 - error);
            return new Fitness(fitness, solved);
        };
    }
}
