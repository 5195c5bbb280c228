package org.neurula.neat.speciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.variation.AddConnectionMutation;
import org.neurula.neat.variation.AddNodeMutation;
import org.neurula.neat.variation.VariationContext;
import org.neurula.neat.variation.WeightMutation;

/**
 * The species-collapse regression: a population of large genomes (about 90 connection genes, where
 * δ is divided by the genome size) must keep several species with the default speciation settings.
 * With the paper's fixed threshold and first-species rule the same population falls into one
 * species, which shows that the test can fail.
 */
class SpeciesHealthTest {

    /** 150 descendants of one large ancestor, each with its own structural and weight mutations. */
    private static List<Genome> largePopulation() {
        return largePopulation(150);
    }

    private static List<Genome> largePopulation(int size) {
        NeatParameters p = TestGenomes.parameters(false);
        InitialGenomes init = TestGenomes.initial(6, 2, p);
        InnovationTracker tracker = init.newTracker();
        SplittableRandom random = new SplittableRandom(31);
        VariationContext context = TestGenomes.context(random, tracker, p);
        Genome ancestor = TestGenomes.grown(init.create(random, tracker), 80, context);
        AddConnectionMutation addConnection = new AddConnectionMutation();
        AddNodeMutation addNode = new AddNodeMutation();
        WeightMutation weights = new WeightMutation();
        List<Genome> population = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Genome g = ancestor;
            int changes = 2 + random.nextInt(12);
            for (int k = 0; k < changes; k++) {
                g = random.nextInt(3) == 0 ? addNode.apply(g, context) : addConnection.apply(g, context);
            }
            population.add(weights.apply(g, context));
        }
        return population;
    }

    private static int speciesAfter(SpeciationParameters parameters, List<Genome> population, int generations) {
        Speciator speciator = new Speciator(parameters);
        SplittableRandom random = new SplittableRandom(5);
        double[] scores = new double[population.size()];
        int count = 0;
        for (int g = 0; g < generations; g++) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextDouble();
            }
            speciator.speciate(population, scores, g);
            count = speciator.species().size();
            speciator.advance(population, scores, random);
        }
        return count;
    }

    @Test
    void largeGenomesKeepSeveralSpeciesWithTheDefaults() {
        List<Genome> population = largePopulation();
        assertTrue(population.stream().allMatch(g -> g.connections().size() >= 80));
        int species = speciesAfter(SpeciationParameters.defaults(), population, 40);
        assertTrue(species >= 10, "the default settings keep the population divided, got " + species + " species");
    }

    private static SpeciationParameters startingAt(double threshold, int dropAfter) {
        SpeciationParameters d = SpeciationParameters.defaults();
        return new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(), d.weightCoefficient(),
                threshold, d.normalizeBelow(), d.normalize(), 8, d.thresholdStep(), d.minThreshold(),
                d.representative(), d.assignment(), dropAfter);
    }

    /**
     * The plastic T-maze's species losses: the threshold far above the population's distances, so no
     * species is founded while the step-by-step descent takes dozens of generations. With the drop the
     * species come back within a few generations; without it the population stays in one species.
     */
    @Test
    void aThresholdFarAboveThePopulationComesDownAtOnce() {
        List<Genome> population = largePopulation();
        int dropped = speciesAfter(startingAt(8.0, SpeciationParameters.defaults().thresholdDropAfter()), population, 10);
        int stepped = speciesAfter(startingAt(8.0, 0), population, 10);
        assertEquals(1, stepped, "0.1 a generation from 8.0 founds nothing in 10 generations");
        assertTrue(dropped >= 5, "after the drop species are founded again, got " + dropped);
    }

    @Test
    void thePapersFixedThresholdPutsLargeGenomesIntoOneSpecies() {
        SpeciationParameters d = SpeciationParameters.defaults();
        SpeciationParameters paper = new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(),
                d.weightCoefficient(), 3.0, 20, true, 0, d.thresholdStep(), d.minThreshold(),
                SpeciationParameters.Representative.RANDOM, SpeciationParameters.Assignment.FIRST);
        assertEquals(1, speciesAfter(paper, largePopulation(), 40));
    }

    @Test
    void aGenomeJoinsTheNearestSpeciesWithinTheThreshold() {
        List<Genome> population = largePopulation();
        SpeciationParameters d = SpeciationParameters.defaults();
        SpeciationParameters wide = new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(),
                d.weightCoefficient(), 1e9, 20, true, 0, d.thresholdStep(), d.minThreshold(),
                SpeciationParameters.Representative.RANDOM, SpeciationParameters.Assignment.NEAREST);
        CompatibilityDistance distance = new CompatibilityDistance(wide);
        Speciator speciator = Speciator.restore(wide, List.of(
                new SpeciesRecord(0, 0, population.get(0)), new SpeciesRecord(1, 0, population.get(1))), 2, 1e9);
        speciator.speciate(population, new double[population.size()], 1);
        for (SpeciesRecord s : speciator.species()) {
            Genome own = s.id() == 0 ? population.get(0) : population.get(1);
            Genome other = s.id() == 0 ? population.get(1) : population.get(0);
            for (int k = 0; k < s.members().size(); k++) {
                Genome g = population.get(s.members().get(k));
                assertTrue(distance.between(g, own) <= distance.between(g, other), "member " + s.members().get(k));
            }
        }
        assertEquals(2, speciator.species().size(), "both species keep members: " + speciator.species().size());
    }

    private static List<String> trace(List<Genome> population, SpeciationParameters parameters, ExecutorService executor) {
        Speciator speciator = new Speciator(parameters);
        SplittableRandom random = new SplittableRandom(8);
        double[] scores = new double[population.size()];
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextDouble();
            }
            speciator.speciate(population, scores, g, executor);
            for (SpeciesRecord s : speciator.species()) {
                lines.add(g + ":" + s.id() + "=" + s.members());
            }
            speciator.advance(population, scores, random);
        }
        return lines;
    }

    @Test
    void parallelSpeciationGivesTheSequentialResult() throws Exception {
        List<Genome> population = largePopulation(1000);
        SpeciationParameters d = SpeciationParameters.defaults();
        // a low starting threshold, so that the old species and the ones founded each generation are many
        SpeciationParameters nearest = new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(),
                d.weightCoefficient(), 0.5, d.normalizeBelow(), d.normalize(), d.targetSpecies(),
                d.thresholdStep(), d.minThreshold(), d.representative(), SpeciationParameters.Assignment.NEAREST);
        SpeciationParameters first = new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(),
                d.weightCoefficient(), 0.5, d.normalizeBelow(), d.normalize(), d.targetSpecies(),
                d.thresholdStep(), d.minThreshold(), d.representative(), SpeciationParameters.Assignment.FIRST);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            for (SpeciationParameters p : List.of(nearest, first)) {
                List<String> sequential = trace(population, p, null);
                assertEquals(sequential, trace(population, p, executor), p.assignment() + " assignment");
                assertTrue(sequential.stream().map(l -> l.substring(l.indexOf(':') + 1, l.indexOf('='))).distinct()
                        .count() >= 10, "the trace covers many species");
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
