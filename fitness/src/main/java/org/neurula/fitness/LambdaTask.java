package org.neurula.fitness;

import org.neurula.neat.engine.Evaluator;

/**
 * A task made from a lambda by {@link Task#of}; its evaluator is shared by all threads, so it must
 * be stateless.
 *
 * @param inputs    number of inputs
 * @param outputs   number of outputs
 * @param evaluator the shared evaluator
 */
record LambdaTask(int inputs, int outputs, Evaluator evaluator) implements Task {

    LambdaTask {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a task needs at least one input and one output, got "
                    + inputs + " and " + outputs);
        }
    }

    @Override
    public Evaluator newEvaluator() {
        return evaluator;
    }
}
