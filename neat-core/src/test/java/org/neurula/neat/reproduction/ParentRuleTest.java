package org.neurula.neat.reproduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.ReproductionParameters.ParentRule;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.ReleaseOptions;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.neat.variation.Mutation;
import org.neurula.neat.variation.WeightMutation;

/**
 * {@code reproduction.parentRule}: {@code STANDARD} lets the best ceil(0.2·n) members of a species of n
 * parent and always mates two different ones; {@code RELEASE} lets floor(0.2·n + 1) parent and draws the
 * father independently of the mother, so in about one mating in (number of parents) both are the same
 * genome and the offspring is a mutant of it. {@code STANDARD} keeps the champion of a species of at
 * least six members, {@code RELEASE} that of a species getting at least six offspring. Fixed seeds;
 * the self-mating frequency must lie within four binomial standard deviations.
 */
class ParentRuleTest {

    private final NeatParameters defaults = NeatParameters.defaults();
    private final InitialGenomes initial = new InitialGenomes(2, 1, defaults.genome(), Activation.STEEPENED_SIGMOID,
            Activation.IDENTITY);
    private final InnovationTracker tracker = initial.newTracker();
    private final RandomSource random = new RandomSource(8);
    private long nextId;

    private SpeciesPool pool(int speciesId, int size, double bestScore) {
        List<Parent> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Genome g = initial.create(random.generator(0, nextId, Purpose.INITIAL_POPULATION), tracker);
            double score = bestScore - i * 0.01;
            members.add(new Parent(nextId++, g, score, score, false));
        }
        return new SpeciesPool(speciesId, members, true);
    }

    /** The parameters with {@code rule}, a population of {@code size}, and the given mating rates. */
    private NeatParameters parameters(ParentRule rule, int size, double mutationOnly, boolean keepChampion) {
        ReproductionParameters r = defaults.reproduction();
        CrossoverParameters c = defaults.crossover();
        NeatParameters p = new NeatParameters(defaults.genome(), defaults.mutation(),
                new CrossoverParameters(mutationOnly, 0.0, c.disableRate(), 1.0, c.equalFitnessDisjoint()),
                defaults.speciation(), new ReproductionParameters(size, r.survivalThreshold(), r.stagnationLimit(),
                        r.eliteMinSpeciesSize(), r.objective(), keepChampion),
                defaults.network());
        return ReleaseOptions.parentRule(p, rule);
    }

    /** The ranks (0: best) of the members that mothered the offspring of one species of {@code size}. */
    private Set<Integer> mothers(ParentRule rule, int size) {
        NeatParameters p = parameters(rule, 300, 1.0, true);
        Mutation identity = (genome, context) -> genome;
        SpeciesPool species = pool(0, size, 5.0);
        List<Offspring> next = new Reproduction(p, ActivationRegistry.withBuiltIns(), identity)
                .reproduce(List.of(species), 0, random, tracker, 1000);
        Set<Integer> ranks = new TreeSet<>();
        for (Offspring o : next.subList(1, next.size())) {
            ranks.add(species.members().indexOf(o.eliteOf()));
        }
        return ranks;
    }

    private static Set<Integer> best(int count) {
        Set<Integer> ranks = new TreeSet<>();
        for (int k = 0; k < count; k++) {
            ranks.add(k);
        }
        return ranks;
    }

    @Test
    void parentCountIsCeilOrFloorPlusOne() {
        // species of 10: ceil(2) = 2 vs floor(3) = 3; of 5: ceil(1) = 1 vs floor(2) = 2; of 4: 1 and 1
        int[][] cases = {{10, 2, 3}, {5, 1, 2}, {4, 1, 1}};
        for (int[] c : cases) {
            assertEquals(best(c[1]), mothers(ParentRule.STANDARD, c[0]), "STANDARD, species of " + c[0]);
            assertEquals(best(c[2]), mothers(ParentRule.RELEASE, c[0]), "RELEASE, species of " + c[0]);
        }
    }

    /** Mated offspring of one species of 10 (three parents under RELEASE), counting mutation calls. */
    private List<Offspring> mated(ParentRule rule, AtomicInteger mutations) {
        NeatParameters p = parameters(rule, 3000, 0.0, true);
        Mutation counting = (genome, context) -> {
            mutations.incrementAndGet();
            return genome;
        };
        List<Offspring> next = new Reproduction(p, ActivationRegistry.withBuiltIns(), counting)
                .reproduce(List.of(pool(0, 10, 5.0)), 0, random, tracker, 0);
        return next.subList(1, next.size());
    }

    @Test
    void releaseMayDrawTheSameParentTwiceAndThenMutates() {
        AtomicInteger mutations = new AtomicInteger();
        List<Offspring> children = mated(ParentRule.RELEASE, mutations);
        long selfMatings = children.stream().filter(o -> o.eliteOf() != null).count();
        double expected = 1.0 / 3;
        double std = Math.sqrt(expected * (1 - expected) / children.size());
        assertEquals(expected, selfMatings / (double) children.size(), 4 * std, "mother = father in 1 of 3 parents");
        assertEquals(selfMatings, mutations.get(), "with mateOnly = 1 only self-matings are mutated");
    }

    @Test
    void standardAlwaysMatesTwoDifferentParents() {
        AtomicInteger mutations = new AtomicInteger();
        for (Offspring o : mated(ParentRule.STANDARD, mutations)) {
            assertNull(o.eliteOf(), "every offspring is a crossover child");
        }
        assertEquals(0, mutations.get());
    }

    @Test
    void releaseKeepsTheChampionOfSpeciesWithSixOffspring() {
        for (ParentRule rule : ParentRule.values()) {
            NeatParameters p = parameters(rule, 150, 1.0, false);
            // few members but most offspring, and many members but a single offspring
            SpeciesPool few = pool(0, 3, 9.0);
            SpeciesPool many = pool(1, 8, 0.08);
            List<Offspring> next = new Reproduction(p, ActivationRegistry.withBuiltIns(), new WeightMutation())
                    .reproduce(List.of(few, many), 0, random, tracker, 0);
            List<Offspring> copies = next.stream().filter(o -> o.eliteOf() != null).toList();
            assertEquals(1, copies.size(), rule + ": one elite");
            SpeciesPool kept = rule == ParentRule.RELEASE ? few : many;
            assertSame(kept.members().getFirst(), copies.getFirst().eliteOf(), rule.name());
        }
    }
}
