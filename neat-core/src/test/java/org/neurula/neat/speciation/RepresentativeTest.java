package org.neurula.neat.speciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.config.SpeciationParameters.Representative;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.ReleaseOptions;

/**
 * {@code speciation.representative}: after {@link Speciator#advance}, a species is represented by its
 * best-scoring member of the generation just speciated under {@code CHAMPION} (ties to the member with
 * fewer connection genes, as reproduction ranks champions), whatever the random generator; under
 * {@code RANDOM} (the default) by members drawn at random. The representative decides which species
 * the next generation's genomes join.
 */
class RepresentativeTest {

    /** One gene 0 -> 2 with weight {@code w}, and optionally a second gene from the bias. */
    private static Genome genome(double w, boolean twoGenes) {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .connection(0, 0, 2, w, true);
        if (twoGenes) {
            b.connection(1, 1, 2, 0.0, true);
        }
        return b.build();
    }

    /** Threshold 1.0: genomes of one gene share a species when their weights differ by less than 2.5. */
    private static Speciator speciator(Representative representative) {
        return speciator(representative, 1.0);
    }

    private static Speciator speciator(Representative representative, double threshold) {
        SpeciationParameters d = SpeciationParameters.defaults();
        return new Speciator(ReleaseOptions.representative(new SpeciationParameters(d.excessCoefficient(),
                d.disjointCoefficient(), d.weightCoefficient(), threshold, d.normalizeBelow(), d.normalize(), 0,
                d.thresholdStep(), d.minThreshold()), representative));
    }

    private final List<Genome> population = List.of(genome(0, false), genome(1, false), genome(2, false),
            genome(0.5, false));
    private final double[] scores = {1, 7, 3, 2};

    @Test
    void championRepresentsTheSpeciesWhateverTheRandomDraws() {
        for (long seed = 0; seed < 50; seed++) {
            Speciator s = speciator(Representative.CHAMPION);
            s.speciate(population, scores, 0);
            assertEquals(1, s.species().size());
            s.advance(population, scores, new SplittableRandom(seed));
            assertSame(population.get(1), s.species().getFirst().representative(), "seed " + seed);
        }
    }

    @Test
    void randomDrawsDifferentMembers() {
        Map<Genome, Integer> seen = new IdentityHashMap<>();
        for (long seed = 0; seed < 50; seed++) {
            Speciator s = speciator(Representative.RANDOM);
            s.speciate(population, scores, 0);
            s.advance(population, scores, new SplittableRandom(seed));
            seen.merge(s.species().getFirst().representative(), 1, Integer::sum);
        }
        assertEquals(population.size(), seen.size(), "every member represents the species for some seed");
    }

    @Test
    void equalScoresGoToTheMemberWithFewerGenes() {
        List<Genome> tied = List.of(genome(0, true), genome(0.2, false), genome(0.4, true));
        Speciator s = speciator(Representative.CHAMPION, 3.0);
        s.speciate(tied, new double[] {4, 4, 4}, 0);
        assertEquals(1, s.species().size());
        s.advance(tied, new double[] {4, 4, 4}, new SplittableRandom(1));
        assertSame(tied.get(1), s.species().getFirst().representative());
    }

    @Test
    void theChampionDecidesWhereTheNextGenerationGoes() {
        // the champion has weight 1: a genome of weight 3.2 is within 2.5 of it but not of weight 0
        List<Genome> parents = List.of(genome(0, false), genome(1, false));
        double[] parentScores = {1, 5};
        for (Representative r : Representative.values()) {
            Speciator s = speciator(r);
            s.speciate(parents, parentScores, 0);
            s.advance(parents, parentScores, new SplittableRandom(3));
            boolean championRepresents = s.species().getFirst().representative() == parents.get(1);
            s.speciate(List.of(genome(3.2, false)), new double[] {1}, 1);
            int speciesId = s.species().getFirst().id();
            assertEquals(championRepresents ? 0 : 1, speciesId, r + ": joins the old species only via the champion");
            assertTrue(r == Representative.RANDOM || championRepresents, "CHAMPION must pick the champion");
        }
    }
}
