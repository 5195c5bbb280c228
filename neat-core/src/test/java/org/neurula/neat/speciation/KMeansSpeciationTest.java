package org.neurula.neat.speciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.genome.Genome;

/**
 * The contract of {@code speciation.method: KMEANS}: exactly {@code targetSpecies} species in every
 * generation, each genome in the species whose medoid is nearest, farthest-point seeding in the first
 * generation, an emptied species replaced by one founded by the genome farthest from its centre, and
 * the same result on any number of threads.
 */
class KMeansSpeciationTest {

    private static Genome withWeight(double w) {
        return SpeciatorTest.withWeight(w);
    }

    static SpeciationParameters kmeans(int species) {
        SpeciationParameters d = SpeciationParameters.defaults();
        return new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(), d.weightCoefficient(),
                d.threshold(), d.normalizeBelow(), d.normalize(), species, d.thresholdStep(), d.minThreshold(),
                d.representative(), d.assignment(), d.thresholdDropAfter(), SpeciationParameters.Method.KMEANS);
    }

    private static List<Genome> weights(double... w) {
        List<Genome> genomes = new ArrayList<>();
        for (double x : w) {
            genomes.add(withWeight(x));
        }
        return genomes;
    }

    @Test
    void theFirstGenerationIsSeededByFarthestPointsAndSettlesOnTheMedoids() {
        Speciator s = new Speciator(kmeans(3));
        List<Genome> population = weights(0, 0.1, 0.2, 9, 9.1, 20, 20.1, 20.2);
        IntArrayList extinct = s.speciate(population, new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 0);
        assertTrue(extinct.isEmpty());
        List<SpeciesRecord> species = s.species();
        assertEquals(3, species.size());
        // seeds: genome 0, then the farthest from it (20.2), then the farthest from its centre (9.1)
        assertEquals(IntArrayList.newListWith(0, 1, 2), species.get(0).members());
        assertEquals(IntArrayList.newListWith(5, 6, 7), species.get(1).members());
        assertEquals(IntArrayList.newListWith(3, 4), species.get(2).members());
        assertSame(population.get(1), species.get(0).representative(), "the medoid of 0, 0.1, 0.2");
        assertSame(population.get(6), species.get(1).representative());
        assertSame(population.get(3), species.get(2).representative(), "a tie goes to the lower index");
        assertEquals(3.0, species.get(0).bestScore());
        assertEquals(3, s.nextSpeciesId());
    }

    @Test
    void speciesFollowTheirGenomesAndAnEmptiedSpeciesIsReplaced() {
        Speciator s = new Speciator(kmeans(3));
        List<Genome> first = weights(0, 0.1, 0.2, 9, 9.1, 20, 20.1, 20.2);
        double[] scores = new double[first.size()];
        s.speciate(first, scores, 0);
        s.advance(first, scores, new SplittableRandom(1));
        // nothing lies near 9 any more; the genomes near 20 spread into two groups
        List<Genome> second = weights(0.05, 0.15, 19.0, 19.1, 19.2, 30, 30.1, 30.2);
        IntArrayList extinct = s.speciate(second, scores, 1);
        assertEquals(IntArrayList.newListWith(2), extinct, "the species at 9 lost every member");
        List<SpeciesRecord> species = s.species();
        assertEquals(3, species.size(), "still exactly three species");
        assertEquals(List.of(0, 1, 3), species.stream().map(SpeciesRecord::id).toList());
        assertEquals(IntArrayList.newListWith(0, 1), species.get(0).members());
        assertEquals(IntArrayList.newListWith(2, 3, 4), species.get(1).members());
        assertEquals(IntArrayList.newListWith(5, 6, 7), species.get(2).members(), "founded by 30.2, the farthest");
        assertEquals(1, species.get(2).bornGeneration());
    }

    @Test
    void everyGenerationOfAnEvolvingPopulationHasExactlyTheTargetCount() {
        Speciator s = new Speciator(kmeans(7));
        SplittableRandom random = new SplittableRandom(42);
        double[] w = new double[60];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        double[] scores = new double[w.length];
        for (int g = 0; g < 30; g++) {
            for (int i = 0; i < w.length; i++) {
                w[i] += random.nextGaussian() * 0.5;
                scores[i] = random.nextDouble();
            }
            List<Genome> population = weights(w);
            s.speciate(population, scores, g);
            assertEquals(7, s.species().size(), "generation " + g);
            int total = s.species().stream().mapToInt(r -> r.members().size()).sum();
            assertEquals(w.length, total, "every genome in one species, generation " + g);
            assertTrue(s.species().stream().allMatch(r -> !r.members().isEmpty()));
            s.advance(population, scores, random);
        }
    }

    @Test
    void aPopulationSmallerThanTheTargetGivesEachGenomeItsOwnSpecies() {
        Speciator s = new Speciator(kmeans(5));
        s.speciate(weights(0, 1, 2), new double[3], 0);
        assertEquals(3, s.species().size());
    }

    private static List<String> trace(List<Genome> population, ExecutorService executor) {
        Speciator speciator = new Speciator(kmeans(12));
        SplittableRandom random = new SplittableRandom(8);
        double[] scores = new double[population.size()];
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextDouble();
            }
            List<Genome> shifted = population.subList(g * 100, population.size());
            speciator.speciate(shifted, scores, g, executor);
            for (SpeciesRecord s : speciator.species()) {
                lines.add(g + ":" + s.id() + "=" + s.members());
            }
            speciator.advance(shifted, scores, random);
        }
        return lines;
    }

    @Test
    void parallelKMeansGivesTheSequentialResult() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        double[] w = new double[1200];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * 10;
        }
        List<Genome> population = weights(w);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<String> sequential = trace(population, null);
            assertEquals(sequential, trace(population, executor));
            assertEquals(36, sequential.size(), "12 species in each of 3 generations");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void kmeansNeedsAPositiveSpeciesCount() {
        ParameterProblems problems = new ParameterProblems();
        kmeans(0).check(problems, "speciation");
        assertEquals(1, problems.problems().size());
        assertEquals("speciation.targetSpecies", problems.problems().getFirst().path());
        assertTrue(problems.problems().getFirst().message().contains("KMEANS"), problems.problems().toString());
    }
}
