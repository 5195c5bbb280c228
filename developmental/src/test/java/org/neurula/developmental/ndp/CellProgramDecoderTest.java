package org.neurula.developmental.ndp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.NetworkBlueprint;

/**
 * A NEAT genome as a cell program: hand-built programs with known answers grow known graphs (always
 * dividing, never dividing, a division that depends on the query's embedding), edges get the weight
 * output, and genomes of the wrong shape or with cycles are rejected with the reason.
 */
class CellProgramDecoderTest {

    /**
     * Embeddings of 1: inputs x (0), y (1), q (2), bias (3); outputs embedding (4), division (5), weight
     * (6), all tanh with the given biases and no connections unless {@code xToDivision} is not 0.
     */
    private static Genome program(double embedding, double division, double weight, double xToDivision) {
        GenomeBuilder b = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(3, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(4, NodeKind.OUTPUT, Activation.TANH, embedding)
                .node(5, NodeKind.OUTPUT, Activation.TANH, division)
                .node(6, NodeKind.OUTPUT, Activation.TANH, weight);
        if (xToDivision != 0) {
            b.connection(0, 0, 5, xToDivision, true);
        }
        return b.build();
    }

    private static final CellProgramParameters TWO_CYCLES = new CellProgramParameters(1, 2, 0, true);

    @Test
    void aProgramThatAlwaysDividesGrowsFourCellsWithItsWeight() {
        CellProgramDecoder decoder = new CellProgramDecoder(TWO_CYCLES, 1, 1);
        GrownGraph g = decoder.grow(program(0.2, 1.0, 0.5, 0));
        // cycle 1: the self-looped seed divides; cycle 2: both divide, children wired to parent and its neighbours
        assertEquals(4, g.size());
        assertEquals(6, g.edgeCount(), "0-0, 0-1, 2-0, 2-1, 3-1, 3-0");
        assertTrue(g.connected(0, 0) && !g.connected(2, 3));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(g.connected(i, j) ? Math.tanh(0.5) : 0.0, g.weight(i, j), 1e-15);
            }
        }
        NetworkBlueprint b = assertInstanceOf(DecodeResult.Decoded.class, decoder.decode(program(0.2, 1.0, 0.5, 0)))
                .blueprint();
        assertTrue(b.recurrent());
        assertEquals(4, b.nodeIds().length);
    }

    @Test
    void withBiasesEveryGrownCellButTheInputsGetsTheProgramsAnswerToTheBiasQuery() {
        // the weight output is tanh(0.5 + 0.4·q): q = 1 for an edge, q = 0.5 for a cell's bias
        Genome genome = new GenomeBuilder().node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(3, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(4, NodeKind.OUTPUT, Activation.TANH, 0.2)
                .node(5, NodeKind.OUTPUT, Activation.TANH, 1.0)
                .node(6, NodeKind.OUTPUT, Activation.TANH, 0.5)
                .connection(0, 2, 6, 0.4, true)
                .build();
        NetworkBlueprint biased = assertInstanceOf(DecodeResult.Decoded.class, new CellProgramDecoder(
                new CellProgramParameters(1, 2, 0, true, true), 1, 1).decode(genome)).blueprint();
        NetworkBlueprint plain = assertInstanceOf(DecodeResult.Decoded.class,
                new CellProgramDecoder(TWO_CYCLES, 1, 1).decode(genome)).blueprint();
        assertEquals(4, biased.nodeIds().length);
        assertEquals(0.0, biased.biases()[0], "the input cell has none");
        for (int i = 1; i < 4; i++) {
            assertEquals(Math.tanh(0.5 + 0.4 * 0.5), biased.biases()[i], 1e-15, "cell " + i);
            assertEquals(0.0, plain.biases()[i], "without biases, as the published NDP");
        }
        for (double w : biased.weights()) {
            assertEquals(Math.tanh(0.5 + 0.4), w, 1e-15, "edges still answer the weight query");
        }
        assertArrayEquals(plain.weights(), biased.weights());
    }

    @Test
    void aProgramThatNeverDividesIsRejectedForATaskThatNeedsMoreCells() {
        CellProgramDecoder decoder = new CellProgramDecoder(TWO_CYCLES, 2, 1);
        assertEquals(1, decoder.grow(program(0.2, -1.0, 0.5, 0)).size());
        DecodeResult.Rejected r = assertInstanceOf(DecodeResult.Rejected.class, decoder.decode(program(0.2, -1.0, 0.5, 0)));
        assertTrue(r.reason().contains("grew 1 cells"), r.reason());
    }

    @Test
    void divisionFollowsTheEmbeddingTheProgramIsAskedAbout() {
        // division = tanh(-0.5 + 1·x): the seed (embedding 1) divides; the update writes tanh(-0.9) < 0.4,
        // so after one propagation nobody divides again
        CellProgramDecoder decoder = new CellProgramDecoder(new CellProgramParameters(1, 3, 0, true), 1, 1);
        GrownGraph g = decoder.grow(program(-0.9, -0.5, 0.3, 1.0));
        assertEquals(2, g.size(), "the seed divided once, then the embeddings fell below the division line");
        assertEquals(Math.tanh(-0.9), g.embeddings()[0], 1e-15, "later cycles' updates write the update output");
        assertEquals(Math.tanh(-0.9), g.embeddings()[1], 1e-15);
    }

    @Test
    void genomesOfTheWrongShapeOrWithCyclesAreRejected() {
        CellProgramDecoder decoder = new CellProgramDecoder(new CellProgramParameters(2, 2, 0, true), 1, 1);
        DecodeResult.Rejected shape = assertInstanceOf(DecodeResult.Rejected.class,
                decoder.decode(program(0, 1, 0, 0)));
        assertTrue(shape.reason().contains("5 inputs and 4 outputs") && shape.reason().contains("3 and 3"),
                shape.reason());
        Genome cyclic = new GenomeBuilder()
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(3, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(4, NodeKind.OUTPUT, Activation.TANH, 0)
                .node(5, NodeKind.OUTPUT, Activation.TANH, 1)
                .node(6, NodeKind.OUTPUT, Activation.TANH, 0)
                .node(7, NodeKind.HIDDEN, Activation.TANH, 0)
                .connection(0, 0, 7, 1, true)
                .connection(1, 7, 4, 1, true)
                .connection(2, 4, 7, 1, true)
                .build();
        assertInstanceOf(DecodeResult.Rejected.class, new CellProgramDecoder(TWO_CYCLES, 1, 1).decode(cyclic));
    }
}
