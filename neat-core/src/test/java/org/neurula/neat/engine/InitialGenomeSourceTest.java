package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.InitialGenomeSource;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.innovation.Innovations;

/** The engine's seam for initial genomes: the default is unchanged, and a supplied source is used. */
class InitialGenomeSourceTest {

    @Test
    void suppliedDefaultSourceGivesTheSameRunAsNoSource() {
        NeatParameters p = NeatParameters.defaults();
        InitialGenomes same = new InitialGenomes(2, 1, p.genome(), Activation.STEEPENED_SIGMOID, Activation.IDENTITY,
                p.plasticity());
        assertEquals(trace(Engine.builder(2, 1, EngineTest.target()).seed(5)),
                trace(Engine.builder(2, 1, EngineTest.target()).seed(5).initialGenomes(same)));
    }

    @Test
    void suppliedSourceMakesTheFirstGenerationAndItsTracker() {
        InitialGenomeSource withHidden = new InitialGenomeSource() {
            @Override
            public InnovationTracker newTracker() {
                InnovationTracker tracker = new InnovationTracker(5);
                tracker.connectionInnovation(0, 4);
                tracker.connectionInnovation(4, 3);
                return tracker;
            }

            @Override
            public Genome create(RandomGenerator random, Innovations tracker) {
                return new GenomeBuilder()
                        .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                        .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                        .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                        .node(3, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0)
                        .node(4, NodeKind.HIDDEN, Activation.GAUSSIAN, 0)
                        .connection(tracker.connectionInnovation(0, 4), 0, 4, random.nextGaussian(), true)
                        .connection(tracker.connectionInnovation(4, 3), 4, 3, random.nextGaussian(), true)
                        .build();
            }
        };
        try (Engine engine = Engine.builder(2, 1, EngineTest.target()).seed(3).initialGenomes(withHidden).build()) {
            Generation first = engine.step();
            for (Member m : first.members()) {
                assertEquals(1, m.genome().hiddenCount(), "every first-generation genome has the seeded node");
                assertEquals(0, m.genome().connections().innovation(0));
                assertEquals(1, m.genome().connections().innovation(1));
            }
            EngineState state = engine.state();
            assertTrue(state.innovations().nextNodeId() >= 5, "new nodes get ids above the seeded one");
        }
    }

    private static List<String> trace(EngineBuilder builder) {
        List<String> lines = new ArrayList<>();
        try (Engine engine = builder.build()) {
            for (int g = 0; g < 5; g++) {
                Generation gen = engine.step();
                StringBuilder s = new StringBuilder();
                for (Member m : gen.members()) {
                    s.append(m.id()).append(':').append(m.fitness()).append(':').append(m.genome().connections().size())
                            .append(' ');
                }
                lines.add(s.toString());
            }
        }
        return lines;
    }
}
