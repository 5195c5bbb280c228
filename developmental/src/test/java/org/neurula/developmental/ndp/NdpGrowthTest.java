package org.neurula.developmental.ndp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Growth from one cell: hand-written cell programs grow known graphs (who divides, how a child is
 * wired and what embedding it starts with, how embeddings propagate and edges are weighted); the
 * published program's parameter counts; growth is a function of the program alone.
 */
class NdpGrowthTest {

    /** A one-number program: update returns the aggregate times {@code gain}; divides while below {@code limit}. */
    private record Linear(double seed, double gain, double limit, boolean weighted) implements CellProgram {
        @Override
        public int embeddingSize() {
            return 1;
        }

        @Override
        public void seedEmbedding(double[] into) {
            into[0] = seed;
        }

        @Override
        public void update(double[] aggregate, int from, double[] into, int to) {
            into[to] = gain * aggregate[from];
        }

        @Override
        public boolean divides(double[] embedding, int from) {
            return embedding[from] < limit;
        }

        @Override
        public double weight(double[] a, int aFrom, double[] b, int bFrom) {
            return a[aFrom] + b[bFrom];
        }
    }

    private static NdpParameters cycles(int n, boolean selfLoop) {
        return new NdpParameters(1, 1, n, 0, 0, true, true, selfLoop);
    }

    @Test
    void everyCellDividingGrowsTheKnownGraph() {
        // no self-loop, no propagation effect (diameter 0 in cycle 1, gain 1 keeps sums), always divides
        GrownGraph g = NdpGrowth.grow(new Linear(0.0, 1.0, Double.POSITIVE_INFINITY, false), cycles(2, false));
        // cycle 1: 0 -> 1; cycle 2: 0 -> 2 wired to 0 and 1, 1 -> 3 wired to 1 and 0; sisters 2, 3 apart
        assertEquals(4, g.size());
        assertArrayEquals(new int[] {-1, 0, 0, 1}, g.parents());
        assertArrayEquals(new int[] {0, 1, 2, 2}, g.born());
        boolean[][] expected = {
            {false, true, true, true},
            {true, false, true, true},
            {true, true, false, false},
            {true, true, false, false}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], g.connected(i, j), i + "-" + j);
                assertEquals(expected[i][j] ? 1.0 : 0.0, g.weight(i, j), "unweighted edges weigh 1");
            }
        }
        assertEquals(5, g.edgeCount());
        assertEquals(2, g.diameter());
    }

    @Test
    void aChildStartsWithTheMeanOfItsParentAndTheParentsNeighbours() {
        // seed 0.3, self-loop; cycle 1 has diameter 0, so no propagation: the seed divides at 0.3,
        // child = mean of {seed} = 0.3; weights are sums of embeddings
        GrownGraph one = NdpGrowth.grow(new Linear(0.3, 1.0, 1.0, true), cycles(1, true));
        assertEquals(2, one.size());
        assertEquals(0.3, one.embeddings()[1], 0.0);
        assertTrue(one.connected(0, 0), "the seed keeps its self-loop");
        assertEquals(0.6, one.weight(0, 0), 1e-15, "self-loop weighted by the program");
        assertEquals(0.6, one.weight(0, 1), 1e-15);
        assertFalse(one.connected(1, 1), "only the seed has a self-loop");
        // cycle 2: diameter 1, one propagation step with gain 1:
        // e0 = w00·e0 + w01·e1 = 0.6·0.3 + 0.6·0.3 = 0.36; e1 = w10·e0 = 0.6·0.3 = 0.18
        // both < 1 divide: cell 2 from 0 (neighbours 0 itself and 1): mean(0.36, 0.18) = 0.27;
        // cell 3 from 1 (neighbour 0): mean(0.18, 0.36) = 0.27
        GrownGraph two = NdpGrowth.grow(new Linear(0.3, 1.0, 1.0, true), cycles(2, true));
        assertEquals(4, two.size());
        assertEquals(0.36, two.embeddings()[0], 1e-15);
        assertEquals(0.18, two.embeddings()[1], 1e-15);
        assertEquals(0.27, two.embeddings()[2], 1e-15);
        assertEquals(0.27, two.embeddings()[3], 1e-15);
        assertTrue(two.connected(2, 0) && two.connected(2, 1) && two.connected(3, 1) && two.connected(3, 0));
        assertFalse(two.connected(2, 3));
        assertFalse(two.connected(2, 2), "a child of a self-connected cell is not self-connected");
        assertEquals(0.36 + 0.27, two.weight(0, 2), 1e-15, "weights recomputed after division");
    }

    @Test
    void aCellThatStopsDividingStops() {
        // gain 10 blows the embedding past the limit 1 after one propagation: only cycle 1 divides
        GrownGraph g = NdpGrowth.grow(new Linear(0.5, 10.0, 1.0, false), cycles(5, true));
        assertEquals(2, g.size());
    }

    @Test
    void thePublishedShapesHaveThePublishedParameterCounts() {
        assertEquals(14, NdpParameters.defaults().parameterCount(), "XOR: 1 + 4 + 4 + 5");
        NdpParameters cartPole = new NdpParameters(5, 5, 5, 5, 5, true, true, true);
        assertEquals(162, cartPole.parameterCount(), "cart-pole: 5 + 36 + 60 + 61");
        assertEquals(101, new NdpParameters(5, 5, 5, 5, 5, false, true, true).parameterCount(), "unweighted");
    }

    @Test
    void theSameVectorGrowsTheSameGraph() {
        NdpParameters shape = new NdpParameters(5, 5, 5, 2, 2, true, true, true);
        SplittableRandom random = new SplittableRandom(3);
        int grown = 0;
        for (int k = 0; k < 50; k++) {
            double[] v = random.doubles(shape.parameterCount(), -1, 1).toArray();
            GrownGraph a = NdpGrowth.grow(new PerceptronCellProgram(shape, v), shape);
            GrownGraph b = NdpGrowth.grow(new PerceptronCellProgram(shape, v.clone()), shape);
            assertEquals(a.size(), b.size());
            assertArrayEquals(a.connected(), b.connected());
            assertArrayEquals(a.weights(), b.weights());
            assertArrayEquals(a.embeddings(), b.embeddings());
            assertTrue(a.size() <= 32, "at most doubling per cycle");
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < a.size(); j++) {
                    assertEquals(a.connected(i, j), a.connected(j, i), "undirected");
                    assertEquals(a.weight(i, j), a.weight(j, i), "symmetric weights");
                    assertTrue(Math.abs(a.weight(i, j)) <= 1, "tanh weights");
                }
            }
            grown += a.size() > 1 ? 1 : 0;
        }
        assertTrue(grown > 10, "random programs often grow: " + grown);
    }
}
