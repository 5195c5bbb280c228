package org.neurula.neat.reproduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.neat.variation.NeatMutation;
import org.neurula.neat.variation.WeightMutation;

/** Offspring allocation, stagnation and elitism rules of {@link Reproduction}. */
class ReproductionTest {

    private final NeatParameters parameters = NeatParameters.defaults();
    private final InitialGenomes initial = new InitialGenomes(2, 1, parameters.genome(), Activation.STEEPENED_SIGMOID,
            Activation.IDENTITY);
    private final InnovationTracker tracker = initial.newTracker();
    private final RandomSource random = new RandomSource(4);
    private long nextId;

    private SpeciesPool pool(int speciesId, int size, double bestScore, boolean eligible) {
        List<Parent> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Genome g = initial.create(random.generator(0, nextId, Purpose.INITIAL_POPULATION), tracker);
            double score = bestScore - i * 0.01;
            members.add(new Parent(nextId++, g, score, score, false));
        }
        return new SpeciesPool(speciesId, members, eligible);
    }

    private Reproduction reproduction(NeatParameters p) {
        return new Reproduction(p, ActivationRegistry.withBuiltIns(), new NeatMutation(p.mutation()));
    }

    @Test
    void makesExactlyThePopulationSizeWithConsecutiveIds() {
        List<SpeciesPool> pools = List.of(pool(0, 40, 5.0, true), pool(1, 3, 9.0, true), pool(2, 107, 1.0, true));
        List<Offspring> next = reproduction(parameters).reproduce(pools, 0, random, tracker, 1000);
        assertEquals(150, next.size());
        for (int i = 0; i < next.size(); i++) {
            assertEquals(1000 + i, next.get(i).id());
        }
    }

    @Test
    void stagnantSpeciesWithoutTheBestGetNoOffspring() {
        SpeciesPool stagnant = pool(0, 50, 5.0, false);
        SpeciesPool live = pool(1, 100, 4.0, true);
        Set<Long> stagnantIds = stagnant.members().stream().map(Parent::id).collect(Collectors.toSet());
        List<Offspring> next = reproduction(parameters).reproduce(List.of(stagnant, live), 3, random, tracker, 500);
        assertEquals(150, next.size());
        for (Offspring o : next) {
            if (o.eliteOf() != null) {
                assertTrue(!stagnantIds.contains(o.eliteOf().id()), "no copy of a stagnant species' member");
            }
        }
        assertEquals(0, next.stream().filter(o -> o.eliteOf() != null && stagnantIds.contains(o.eliteOf().id())).count());
    }

    @Test
    void championsOfSpeciesWithSixOrMoreMembersAreCopiedUnchanged() {
        NeatParameters noKeep = parameters.withReproduction(new ReproductionParameters(150, 0.2, 15, 6,
                parameters.reproduction().objective(), false));
        // A mutation that always changes the genome, so only elites are copies.
        Reproduction reproduction = new Reproduction(noKeep, ActivationRegistry.withBuiltIns(),
                new WeightMutation());
        SpeciesPool big = pool(0, 6, 3.0, true);
        SpeciesPool small = pool(1, 5, 2.0, true);
        SpeciesPool rest = pool(2, 139, 1.0, true);
        List<Offspring> next = reproduction.reproduce(List.of(big, small, rest), 0, random, tracker, 0);
        List<Offspring> copies = next.stream().filter(o -> o.eliteOf() != null).toList();
        assertEquals(2, copies.size(), "one elite each for the species of 6 and of 139, none for the one of 5");
        assertSame(big.members().getFirst(), copies.get(0).eliteOf());
        assertSame(big.members().getFirst().genome(), copies.get(0).genome(), "copied unchanged");
        assertSame(rest.members().getFirst(), copies.get(1).eliteOf());
    }

    @Test
    void theBestGenomeIsKeptEvenInASmallSpeciesWhenKeepChampionIsOn() {
        SpeciesPool small = pool(0, 2, 9.0, true);
        SpeciesPool rest = pool(1, 148, 1.0, true);
        List<Offspring> next = reproduction(parameters).reproduce(List.of(small, rest), 0, random, tracker, 0);
        assertSame(small.members().getFirst().genome(), next.getFirst().genome());
        assertSame(small.members().getFirst(), next.getFirst().eliteOf());
    }

    @Test
    void sharedFitnessDecidesTheSplit() {
        SpeciesPool strong = pool(0, 10, 9.0, true);
        SpeciesPool weak = pool(1, 10, 3.0, true);
        List<Offspring> next = reproduction(parameters).reproduce(List.of(strong, weak), 0, random, tracker, 0);
        // Offspring are issued species by species; after the one offspring each species gets first (the
        // default minSpeciesOffspring), the other 148 follow the mean scores 8.955 and 2.955.
        int[] expected = OffspringAllocation.allocate(new double[] {8.955, 2.955}, new boolean[] {true, true}, 150,
                parameters.reproduction().minSpeciesOffspring());
        assertEquals(1, parameters.reproduction().minSpeciesOffspring());
        assertEquals(1 + Math.round(148 * 8.955 / (8.955 + 2.955)), expected[0]);
        Set<Long> strongIds = strong.members().stream().map(Parent::id).collect(Collectors.toSet());
        long fromStrong = next.stream().filter(o -> o.id() < expected[0]).count();
        assertEquals(expected[0], fromStrong);
        assertTrue(next.stream().limit(expected[0]).allMatch(o -> o.eliteOf() == null || strongIds.contains(o.eliteOf().id())));
    }
}
