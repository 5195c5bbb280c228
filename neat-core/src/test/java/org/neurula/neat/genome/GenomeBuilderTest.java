package org.neurula.neat.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;

/**
 * Checks that {@link GenomeBuilder} sorts nodes by id and connections by innovation (keeping each
 * gene's fields together) and rejects repeated ids, repeated innovations and dangling connections.
 */
class GenomeBuilderTest {

    private static GenomeBuilder threeNodes() {
        return new GenomeBuilder()
                .node(2, NodeKind.OUTPUT, Activation.SIGMOID, 0.5)
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0.0)
                .node(1, NodeKind.BIAS, Activation.IDENTITY, 0.0);
    }

    @Test
    void sortsNodesAndConnectionsKeepingFieldsTogether() {
        Genome g = threeNodes()
                .connection(7, 1, 2, -0.5, false)
                .connection(3, 0, 2, 1.5, true)
                .build();
        assertEquals(List.of(0, 1, 2), GenomeChecks.ids(g, null, false));
        assertEquals(NodeKind.OUTPUT, g.nodes().kind(2));
        assertEquals(0.5, g.nodes().bias(2));
        assertEquals(Activation.SIGMOID, g.nodes().activation(2));
        ConnectionGenes c = g.connections();
        assertEquals(List.of(3, 7), GenomeChecks.innovations(g));
        assertEquals(0, c.source(0));
        assertEquals(1.5, c.weight(0));
        assertTrue(c.enabled(0));
        assertEquals(1, c.source(1));
        assertEquals(-0.5, c.weight(1));
        assertEquals(false, c.enabled(1));
        assertEquals(1, g.enabledConnectionCount());
        assertEquals(1, g.inputCount());
        assertEquals(1, g.outputCount());
        assertEquals(0, g.hiddenCount());
    }

    @Test
    void rejectsRepeatedInnovation() {
        GenomeBuilder b = threeNodes().connection(4, 0, 2, 1.0, true).connection(4, 1, 2, 1.0, true);
        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void rejectsRepeatedNodeId() {
        GenomeBuilder b = threeNodes().node(2, NodeKind.HIDDEN, Activation.TANH, 0.0);
        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void rejectsConnectionToMissingNode() {
        GenomeBuilder b = threeNodes().connection(0, 0, 9, 1.0, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("9"), e.getMessage());
    }

    /**
     * The check that every connection names a node of the genome, with dense ids (looked up in a bit
     * set) and sparse ids (binary search), for ids inside, below and above the genome's id range.
     */
    @Test
    void rejectsMissingNodesWhetherIdsAreDenseOrSparse() {
        for (int far : new int[] {7, 1_000_000}) {
            GenomeBuilder base = threeNodes().node(far, NodeKind.HIDDEN, Activation.TANH, 0.0)
                    .connection(0, 0, far, 1.0, true).connection(1, far, 2, 1.0, true);
            assertEquals(2, base.build().connections().size(), "far id " + far);
            for (int missing : new int[] {-3, 3, far - 1, far + 1, Integer.MAX_VALUE}) {
                GenomeBuilder asSource = threeNodes().node(far, NodeKind.HIDDEN, Activation.TANH, 0.0)
                        .connection(0, 0, far, 1.0, true).connection(1, missing, 2, 1.0, true);
                GenomeBuilder asTarget = threeNodes().node(far, NodeKind.HIDDEN, Activation.TANH, 0.0)
                        .connection(0, 0, far, 1.0, true).connection(1, 1, missing, 1.0, true);
                for (GenomeBuilder b : List.of(asSource, asTarget)) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build,
                            "far id " + far + ", missing " + missing);
                    assertTrue(e.getMessage().contains("connection 1 (") && e.getMessage().contains("" + missing),
                            e.getMessage());
                }
            }
        }
    }

    @Test
    void copiesAreIndependentOfTheBuilder() {
        GenomeBuilder b = threeNodes().connection(0, 0, 2, 1.0, true);
        Genome first = b.build();
        b.connection(1, 1, 2, 2.0, true);
        Genome second = b.build();
        assertEquals(1, first.connections().size());
        assertEquals(2, second.connections().size());
    }
}
