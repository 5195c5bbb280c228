package org.neurula.developmental.cppn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.innovation.InnovationTracker;

/** Initial CPPN genomes: NEAT's minimal genomes, plus the locality seed with stable markings. */
class CppnGenomesTest {

    private static final GenomeParameters GENOME = GenomeParameters.defaults();

    @Test
    void withoutTheSeedTheyAreNeatsInitialGenomes() {
        CppnLayout layout = new CppnLayout(2, true, false, true, false, false, false);
        CppnGenomes cppn = new CppnGenomes(layout, GENOME, Activation.BIPOLAR_SIGMOID, false);
        InitialGenomes neat = new InitialGenomes(layout.cppnInputs(), layout.cppnOutputs(), GENOME,
                Activation.BIPOLAR_SIGMOID, Activation.IDENTITY);
        assertEquals(neat.newTracker().snapshot(), cppn.newTracker().snapshot());
        InnovationTracker a = cppn.newTracker();
        InnovationTracker b = neat.newTracker();
        for (int k = 0; k < 5; k++) {
            assertEquals(neat.create(new SplittableRandom(k), b), cppn.create(new SplittableRandom(k), a));
        }
    }

    @Test
    void theSeedHasStableMarkingsTheTrackerKnows() {
        CppnLayout layout = new CppnLayout(3, false, false, true, true, false, false); // 6 inputs, 3 outputs
        CppnGenomes seeded = new CppnGenomes(layout, GENOME, Activation.BIPOLAR_SIGMOID, true);
        assertEquals(2, seeded.seedNodes(), "3-D: x and y are seeded, z (the layering axis) is not");
        InnovationTracker tracker = seeded.newTracker();
        int base = (layout.cppnInputs() + 1) * layout.cppnOutputs();
        assertEquals(base + 2 * 3, tracker.nextInnovation(), "each seed Gaussian has two inputs and one output link");
        assertEquals(seeded.seedNodeId(1) + 1, tracker.nextNodeId());
        int leo = layout.cppnInputs() + 1 + layout.expressionIndex();
        assertEquals(base, tracker.knownConnection(layout.sourceInput(0), seeded.seedNodeId(0)));
        assertEquals(base + 1, tracker.knownConnection(layout.targetInput(0), seeded.seedNodeId(0)));
        assertEquals(base + 2, tracker.knownConnection(seeded.seedNodeId(0), leo));
        assertEquals(base + 5, tracker.knownConnection(seeded.seedNodeId(1), leo));

        Genome first = seeded.create(new SplittableRandom(1), tracker);
        Genome second = seeded.create(new SplittableRandom(2), tracker);
        assertEquals(base + 6, tracker.nextInnovation(), "creating genomes issues no new innovation");
        assertEquals(first.connections().size(), second.connections().size());
        for (int c = 0; c < first.connections().size(); c++) {
            assertEquals(first.connections().innovation(c), second.connections().innovation(c));
        }
        assertEquals(2, first.hiddenCount());
        assertEquals(NodeKind.HIDDEN, first.nodes().kind(first.nodes().indexOf(seeded.seedNodeId(0))));
        assertEquals(Activation.GAUSSIAN, first.nodes().activation(first.nodes().indexOf(seeded.seedNodeId(0))));
        // the LEO is fed by the bias (weight 0.5 - 2) and the two Gaussians only
        ConnectionGenes genes = first.connections();
        int intoLeo = 0;
        for (int c = 0; c < genes.size(); c++) {
            if (genes.target(c) == leo) {
                intoLeo++;
                if (genes.source(c) == layout.cppnInputs()) {
                    assertEquals(-1.5, genes.weight(c));
                } else {
                    assertEquals(1.0, genes.weight(c));
                }
            }
        }
        assertEquals(3, intoLeo);
    }

    @Test
    void theSeedNeedsALinkExpressionOutput() {
        assertThrows(IllegalArgumentException.class,
                () -> new CppnGenomes(CppnLayout.weightsOnly(2), GENOME, Activation.BIPOLAR_SIGMOID, true));
    }
}
