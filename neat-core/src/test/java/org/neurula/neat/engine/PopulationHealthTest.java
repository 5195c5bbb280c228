package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.ComplexityParameters;
import org.neurula.neat.config.NeatParameters;

/**
 * Whole runs with the default parameters: species stay alive on XOR, and phased complexity
 * regulation keeps genomes small where nothing rewards size, while without it they bloat.
 */
class PopulationHealthTest {

    /** Every network scores the same, so nothing but mutation drives size. */
    private static Supplier<Evaluator> constant() {
        return () -> (network, context) -> new Fitness(1.0, false);
    }

    private static double meanGenesAfter(NeatParameters parameters, int generations) {
        double mean = 0;
        try (Engine engine = Engine.builder(2, 1, constant()).parameters(parameters).seed(3).build()) {
            for (int g = 0; g < generations; g++) {
                Generation generation = engine.step();
                mean = generation.members().stream().mapToInt(m -> m.genome().connections().size()).average().orElseThrow();
            }
        }
        return mean;
    }

    @Test
    void xorKeepsAtLeastFiveSpeciesPastTheFirstGenerationsAndPastSolving() {
        int fewest = Integer.MAX_VALUE;
        boolean solved = false;
        try (Engine engine = Engine.builder(2, 1, EngineTest.target()).seed(1).build()) {
            for (int g = 0; g < 200; g++) {
                Generation generation = engine.step();
                solved |= generation.solved();
                if (g >= 10) {
                    fewest = Math.min(fewest, generation.species().size());
                }
            }
        }
        assertTrue(solved, "XOR is solved within 200 generations");
        assertTrue(fewest >= 5, "fewest species from generation 10 on: " + fewest);
    }

    @Test
    void phasedRegulationHoldsSizeWhereNothingRewardsIt() {
        ComplexityParameters d = ComplexityParameters.defaults();
        ComplexityParameters low = new ComplexityParameters(d.regulation(), 5.0, d.minSimplifyGenerations(),
                d.deleteConnection(), d.deleteNode());
        NeatParameters parameters = NeatParameters.defaults().withComplexity(low);
        double regulated = meanGenesAfter(parameters, 300);
        double free = meanGenesAfter(parameters.withComplexity(ComplexityParameters.none()), 300);
        double ceiling = 3 + low.relativeCeiling();
        assertTrue(regulated <= ceiling + 2, "regulated mean " + regulated + " stays near its ceiling " + ceiling);
        assertTrue(free > 1.5 * (ceiling + 2), "without regulation the mean grows well past the ceiling: " + free
                + " (regulated " + regulated + ")");
    }
}
