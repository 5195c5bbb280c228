package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * A Boolean function learnt from its whole truth table, scored the way the NEAT paper scores XOR:
 * fitness {@code (K − Σ|error|)²} with K the number of patterns times outputs, solved when every
 * output lies on the correct side of 0.5 (exactly 0.5 counts as 0). A recurrent network is reset
 * before each pattern. Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines};
 * tables whose inputs have a layout of their own wrap this task (see {@link RetinaTask}).
 *
 * @param table the function
 */
public record TruthTableTask(TruthTable table) implements Task {

    @Override
    public int inputs() {
        return table.inputCount();
    }

    @Override
    public int outputs() {
        return table.outputCount();
    }

    @Override
    public Evaluator newEvaluator() {
        double[] output = new double[table.outputCount()];
        double[][] inputs = table.inputs();
        double[][] targets = table.targets();
        double best = (double) table.patterns() * table.outputCount();
        return (network, context) -> {
            double error = 0;
            boolean solved = true;
            for (int p = 0; p < inputs.length; p++) {
                network.reset();
                network.activate(inputs[p], output);
                for (int o = 0; o < output.length; o++) {
                    error += Math.abs(output[o] - targets[p][o]);
                    solved &= (output[o] > 0.5) == (targets[p][o] > 0.5);
                }
            }
            return new Fitness((best - error) * (best - error), solved);
        };
    }
}
