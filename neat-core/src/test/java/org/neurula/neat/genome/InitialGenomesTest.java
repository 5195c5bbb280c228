package org.neurula.neat.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.innovation.InnovationTracker;

/**
 * Checks the starting genomes: node id layout (inputs, bias, outputs), full connectivity with the
 * innovations {@code newTracker()} pre-registers, clipped random weights, and partial connectivity.
 */
class InitialGenomesTest {

    @Test
    void layoutAndInnovationsMatchTheTracker() {
        NeatParameters p = NeatParameters.defaults();
        InitialGenomes init = TestGenomes.initial(3, 2, p);
        assertEquals(3, init.biasId());
        assertEquals(6, init.firstHiddenId());
        InnovationTracker tracker = init.newTracker();
        assertEquals(8, tracker.nextInnovation());
        assertEquals(6, tracker.nextNodeId());
        Genome g = init.create(new SplittableRandom(1), tracker);
        assertEquals(8, tracker.nextInnovation(), "creating a genome must not issue new innovations");
        assertEquals(List.of(0, 1, 2), GenomeChecks.ids(g, NodeKind.INPUT, false));
        assertEquals(List.of(3), GenomeChecks.ids(g, NodeKind.BIAS, false));
        assertEquals(List.of(4, 5), GenomeChecks.ids(g, NodeKind.OUTPUT, false));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), GenomeChecks.innovations(g));
        for (int i = 0; i < 8; i++) {
            ConnectionGenes c = g.connections();
            assertEquals(tracker.connectionInnovation(c.source(i), c.target(i)), c.innovation(i));
            assertTrue(c.enabled(i));
        }
        assertEquals(Activation.STEEPENED_SIGMOID, g.nodes().activation(g.nodes().indexOf(4)));
        GenomeChecks.assertValid(g, false);
    }

    @Test
    void weightsAreRandomAndClipped() {
        GenomeParameters d = GenomeParameters.defaults();
        GenomeParameters narrow = new GenomeParameters(d.hiddenActivation(), d.outputActivation(),
                d.activationChoices(), false, 5.0, 0.5, 1.0);
        InitialGenomes init = TestGenomes.initial(4, 3, NeatParameters.defaults().withGenome(narrow));
        InnovationTracker tracker = init.newTracker();
        SplittableRandom r = new SplittableRandom(3);
        int atLimit = 0;
        for (int k = 0; k < 50; k++) {
            Genome g = init.create(r, tracker);
            GenomeChecks.assertWeightsWithin(g, 0.5);
            for (double w : g.connections().weights()) {
                if (Math.abs(w) == 0.5) {
                    atLimit++;
                }
            }
        }
        assertTrue(atLimit > 0, "with std dev 5 and limit 0.5 some weights must be clipped");
        assertTrue(!init.create(new SplittableRandom(1), tracker).equals(init.create(new SplittableRandom(2), tracker)));
    }

    @Test
    void partialConnectivityKeepsAboutThatFraction() {
        GenomeParameters d = GenomeParameters.defaults();
        GenomeParameters half = new GenomeParameters(d.hiddenActivation(), d.outputActivation(),
                d.activationChoices(), false, 1.0, 8.0, 0.5);
        InitialGenomes init = TestGenomes.initial(5, 4, NeatParameters.defaults().withGenome(half));
        InnovationTracker tracker = init.newTracker();
        SplittableRandom r = new SplittableRandom(5);
        int present = 0;
        int genomes = 400;
        for (int k = 0; k < genomes; k++) {
            Genome g = init.create(r, tracker);
            GenomeChecks.assertValid(g, false);
            present += g.connections().size();
        }
        double fraction = present / (genomes * 24.0);
        assertEquals(0.5, fraction, 4 * Math.sqrt(0.25 / (genomes * 24.0)));
    }

    @Test
    void rejectsEmptyInterface() {
        GenomeParameters g = GenomeParameters.defaults();
        assertThrows(IllegalArgumentException.class,
                () -> new InitialGenomes(0, 1, g, Activation.SIGMOID, Activation.IDENTITY));
        assertThrows(IllegalArgumentException.class,
                () -> new InitialGenomes(1, 0, g, Activation.SIGMOID, Activation.IDENTITY));
    }
}
