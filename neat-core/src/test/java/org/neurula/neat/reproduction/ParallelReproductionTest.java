package org.neurula.neat.reproduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.innovation.InnovationSnapshot;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.neat.variation.AddConnectionMutation;
import org.neurula.neat.variation.AddNodeMutation;
import org.neurula.neat.variation.Mutation;

/**
 * Breeding on several threads gives the population a sequential run breeds: the same genomes
 * (node ids and innovation numbers included) and the same innovation history, generation after
 * generation, with structural mutation frequent enough that offspring of one generation keep
 * issuing the same innovations.
 */
class ParallelReproductionTest {

    private static NeatParameters structural() {
        NeatParameters d = NeatParameters.defaults();
        return d.withMutation(d.mutation().withStructure(0.3, 0.5, 0.02, 0.05));
    }

    private record Run(List<List<Genome>> generations, InnovationSnapshot innovations) {
    }

    private static Run run(int threads) {
        List<List<Genome>> generations = new ArrayList<>();
        try (Engine engine = Engine.builder(3, 2, () -> (network, context) -> {
            double[] out = network.activate(new double[] {0.5, -0.25, 1.0});
            return new Fitness(Math.abs(out[0] - out[1]) + context.random().nextDouble() * 0.01, false);
        }).parameters(structural()).seed(21).threads(threads).build()) {
            for (int g = 0; g < 25; g++) {
                Generation generation = engine.step();
                generations.add(generation.members().stream().map(Member::genome).toList());
            }
            return new Run(generations, engine.tracker().snapshot());
        }
    }

    /**
     * Offspring that each make several new structures (a chain of add-node and add-connection), so
     * that an offspring's new innovations are often issued first, in another order, by another
     * offspring and it must be bred again on the tracker.
     */
    private static Run chained(ExecutorService executor) {
        NeatParameters p = structural();
        ActivationRegistry activations = ActivationRegistry.withBuiltIns();
        Mutation chain = new AddNodeMutation().andThen(new AddConnectionMutation()).andThen(new AddNodeMutation())
                .andThen(new AddConnectionMutation());
        Reproduction reproduction = new Reproduction(p, activations, chain);
        InitialGenomes initial = new InitialGenomes(3, 2, p.genome(), Activation.STEEPENED_SIGMOID,
                Activation.IDENTITY);
        InnovationTracker tracker = initial.newTracker();
        RandomSource random = new RandomSource(8);
        List<Offspring> population = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            population.add(new Offspring(i, initial.create(random.generator(0, i, Purpose.INITIAL_POPULATION),
                    tracker), null));
        }
        List<List<Genome>> generations = new ArrayList<>();
        long nextId = population.size();
        for (int g = 0; g < 8; g++) {
            List<Parent> members = new ArrayList<>();
            for (Offspring o : population) {
                double score = random.generator(g, o.id(), Purpose.EVALUATION).nextDouble();
                members.add(new Parent(o.id(), o.genome(), score, score, false));
            }
            members.sort((a, b) -> Double.compare(b.score(), a.score()));
            population = reproduction.reproduce(List.of(new SpeciesPool(0, members, true)), g, random, tracker,
                    nextId, executor);
            nextId += population.size();
            generations.add(population.stream().map(Offspring::genome).toList());
        }
        return new Run(generations, tracker.snapshot());
    }

    @Test
    void offspringWithSeveralNewStructuresBreedTheSameOnFourThreads() {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            Run single = chained(null);
            Run parallel = chained(executor);
            assertEquals(single.generations(), parallel.generations());
            assertEquals(single.innovations(), parallel.innovations());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void oneAndFourThreadsBreedIdenticalPopulations() {
        Run single = run(1);
        Run parallel = run(4);
        for (int g = 0; g < single.generations().size(); g++) {
            assertEquals(single.generations().get(g), parallel.generations().get(g), "generation " + g);
        }
        assertEquals(single.innovations(), parallel.innovations());
        Genome last = single.generations().getLast().getFirst();
        assertTrue(single.innovations().nextInnovation() > 200 && last.hiddenCount() > 0,
                "structure grew: " + single.innovations().nextInnovation() + " innovations");
    }
}
