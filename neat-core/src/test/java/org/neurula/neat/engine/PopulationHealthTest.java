package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.ComplexityParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.SpeciationParameters;

/**
 * Whole runs with the default parameters: species stay alive on XOR, and phased complexity
 * regulation keeps genomes small where nothing rewards size, while without it they bloat; k-means
 * speciation keeps exactly its species count through a run, with the same result on any number of
 * threads.
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

    private static List<String> kmeansRun(int threads) {
        SpeciationParameters d = SpeciationParameters.defaults();
        SpeciationParameters kmeans = new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(),
                d.weightCoefficient(), d.threshold(), d.normalizeBelow(), d.normalize(), 8, d.thresholdStep(),
                d.minThreshold(), d.representative(), d.assignment(), d.thresholdDropAfter(),
                SpeciationParameters.Method.KMEANS);
        ReproductionParameters r = ReproductionParameters.defaults();
        ReproductionParameters large = new ReproductionParameters(300, r.survivalThreshold(), r.stagnationLimit(),
                r.eliteMinSpeciesSize(), r.objective(), r.keepChampion(), r.parentRule(), r.protectedSpecies());
        NeatParameters parameters = NeatParameters.defaults().withSpeciation(kmeans).withReproduction(large);
        List<String> trace = new ArrayList<>();
        try (Engine engine = Engine.builder(2, 1, EngineTest.target()).parameters(parameters).seed(4).threads(threads)
                .build()) {
            for (int g = 0; g < 25; g++) {
                Generation generation = engine.step();
                for (Species s : generation.species()) {
                    trace.add(g + ":" + s.id() + "=" + s.size() + "/" + s.championId());
                }
                trace.add(g + ":best=" + generation.champion().fitness());
            }
        }
        return trace;
    }

    @Test
    void kmeansKeepsExactlyTheTargetCountOnAnyNumberOfThreads() {
        List<String> one = kmeansRun(1);
        for (int g = 0; g < 25; g++) {
            String prefix = g + ":";
            long species = one.stream().filter(l -> l.startsWith(prefix) && !l.contains("best")).count();
            assertEquals(8, species, "species in generation " + g);
        }
        assertEquals(one, kmeansRun(3), "the same run on 3 threads");
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
