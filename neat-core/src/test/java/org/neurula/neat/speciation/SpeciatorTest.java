package org.neurula.neat.speciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;

/**
 * Checks {@link Speciator} on genomes at known distances: members within the threshold of a
 * representative share its species, others found new ones in population order; species left empty
 * die out and are reported; best scores and stagnation are tracked; the threshold moves toward a
 * target species count but not below its minimum.
 */
class SpeciatorTest {

    /** One gene 0 -> 2 with weight {@code w}: two such genomes are 0.4·|w1 - w2| apart. */
    static Genome withWeight(double w) {
        return new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0)
                .connection(0, 0, 2, w, true)
                .build();
    }

    private static SpeciationParameters params(int targetSpecies) {
        SpeciationParameters d = SpeciationParameters.defaults();
        return new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(), d.weightCoefficient(),
                1.0, d.normalizeBelow(), d.normalize(), targetSpecies, 0.3, 0.5);
    }

    @Test
    void groupsByDistanceToRepresentatives() {
        Speciator s = new Speciator(params(0));
        // threshold 1.0 corresponds to a weight difference of 2.5
        List<Genome> population = List.of(withWeight(0), withWeight(2), withWeight(10), withWeight(-2), withWeight(11));
        IntArrayList extinct = s.speciate(population, new double[] {1, 5, 2, 3, 4}, 0);
        assertTrue(extinct.isEmpty());
        assertEquals(2, s.species().size());
        assertEquals(IntArrayList.newListWith(0, 1, 3), s.species().get(0).members());
        assertEquals(IntArrayList.newListWith(2, 4), s.species().get(1).members());
        assertEquals(5.0, s.species().get(0).bestScore());
        assertEquals(4.0, s.species().get(1).bestScore());
        assertEquals(0, s.species().get(0).id());
        assertEquals(2, s.nextSpeciesId());
    }

    @Test
    void emptySpeciesDieOutAndStagnationCounts() {
        Speciator s = new Speciator(params(0));
        s.speciate(List.of(withWeight(0), withWeight(10)), new double[] {1, 1}, 0);
        s.advance(List.of(withWeight(0), withWeight(10)), new double[] {1, 1}, new SplittableRandom(1));
        IntArrayList extinct = s.speciate(List.of(withWeight(0.5), withWeight(1)), new double[] {1, 0.5}, 1);
        assertEquals(IntArrayList.newListWith(1), extinct);
        assertEquals(1, s.species().size());
        SpeciesRecord survivor = s.species().getFirst();
        assertEquals(0, survivor.lastImprovedGeneration(), "score 1 did not beat 1");
        assertEquals(5, survivor.stagnation(5));
        s.speciate(List.of(withWeight(0.5)), new double[] {2}, 2);
        assertEquals(2, survivor.lastImprovedGeneration());
    }

    @Test
    void thresholdMovesTowardTheTarget() {
        Speciator s = new Speciator(params(3));
        List<Genome> one = List.of(withWeight(0), withWeight(0.1));
        s.speciate(one, new double[] {1, 1}, 0);
        s.advance(one, new double[] {1, 1}, new SplittableRandom(1));
        assertEquals(0.7, s.threshold(), 1e-12, "too few species: threshold drops by the step");
        s.advance(one, new double[] {1, 1}, new SplittableRandom(1));
        assertEquals(0.5, s.threshold(), 1e-12, "but not below the minimum");
        List<Genome> many = List.of(withWeight(0), withWeight(5), withWeight(10), withWeight(15));
        s.speciate(many, new double[] {1, 1, 1, 1}, 1);
        s.advance(many, new double[] {1, 1, 1, 1}, new SplittableRandom(1));
        assertEquals(0.8, s.threshold(), 1e-12, "too many species: threshold rises by the step");
    }

    /**
     * The search starts at the species the previous genome joined, but the answer is the scan's in
     * species order: a genome as near to an earlier species as to the one its predecessor joined goes
     * to the earlier one, and a nearer species always wins.
     */
    @Test
    void aTieGoesToTheEarlierSpeciesWhateverTheGenomeBeforeJoined() {
        // representatives at weights 0 and 4 (0.4 * 4 = 1.6 apart); weight 2 is 0.8 from both
        Speciator s = Speciator.restore(params(0),
                List.of(new SpeciesRecord(0, 0, withWeight(0)), new SpeciesRecord(1, 0, withWeight(4))), 2, 1.0);
        List<Genome> population = List.of(withWeight(3.9), withWeight(2), withWeight(2.1), withWeight(1.9),
                withWeight(4.2), withWeight(2));
        s.speciate(population, new double[population.size()], 1);
        assertEquals(IntArrayList.newListWith(1, 3, 5), s.species().get(0).members());
        assertEquals(IntArrayList.newListWith(0, 2, 4), s.species().get(1).members());
    }

    private static SpeciationParameters dropAfter(int generations) {
        SpeciationParameters d = params(3);
        return new SpeciationParameters(d.excessCoefficient(), d.disjointCoefficient(), d.weightCoefficient(),
                d.threshold(), d.normalizeBelow(), d.normalize(), d.targetSpecies(), d.thresholdStep(),
                d.minThreshold(), d.representative(), d.assignment(), generations);
    }

    /** A speciator whose one species, represented by weight 0, was founded in generation 0. */
    private static Speciator foundedAtZero(SpeciationParameters parameters) {
        return Speciator.restore(parameters, List.of(new SpeciesRecord(0, 0, withWeight(0))), 1, 1.0);
    }

    @Test
    void withoutNewSpeciesTheThresholdFallsToTheFarthestMember() {
        // distances to the representative: 0, 0.2, 0.4, 0.6, all within the threshold 1.0
        List<Genome> population = List.of(withWeight(0), withWeight(0.5), withWeight(1.0), withWeight(1.5));
        double[] scores = new double[population.size()];
        Speciator late = foundedAtZero(dropAfter(3));
        late.speciate(population, scores, 5);
        late.advance(population, scores, new SplittableRandom(1));
        assertEquals(0.6, late.threshold(), 1e-12, "no species founded for 5 generations: down to the farthest");
        Speciator young = foundedAtZero(dropAfter(3));
        young.speciate(population, scores, 2);
        young.advance(population, scores, new SplittableRandom(1));
        assertEquals(0.7, young.threshold(), 1e-12, "a species founded 2 generations ago: one step");
        Speciator off = foundedAtZero(dropAfter(0));
        off.speciate(population, scores, 5);
        off.advance(population, scores, new SplittableRandom(1));
        assertEquals(0.7, off.threshold(), 1e-12, "0 turns the drop off");
    }
}
