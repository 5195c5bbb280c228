package org.neurula.visualizer.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.neat.genome.Genome;

class LayeredLayoutTest {

    @Test
    void inputsAndBiasAtTheBottomOutputsAtTheTopHiddenByLongestChain() {
        Placement p = LayeredLayout.of(Genomes.chain());
        assertEquals(4, p.layers(), "inputs, 4, 5, output");
        assertLayer(p, 0, 0, 1, 2);
        assertLayer(p, 1, 4);
        assertLayer(p, 2, 5);
        assertLayer(p, 3, 3);
        for (int id : new int[] {0, 1, 2, 3, 4, 5}) {
            assertEquals(p.layer()[p.indexOf(id)], p.y()[p.indexOf(id)], "y is the layer, growing upward");
        }
    }

    @Test
    void recurrentLinksDoNotPushNodesUpward() {
        Placement straight = LayeredLayout.of(Genomes.chain());
        Placement recurrent = LayeredLayout.of(Genomes.recurrent());
        assertArrayEquals(straight.layer(), recurrent.layer(), "5 → 4, 5 → 5 and 3 → 4 leave the layers as they were");
    }

    @Test
    void aHiddenNodeWithNoInputSitsInTheFirstHiddenLayer() {
        Genome g = new org.neurula.neat.genome.GenomeBuilder()
                .node(0, org.neurula.neat.genome.NodeKind.INPUT, org.neurula.neat.activation.Activation.IDENTITY, 0)
                .node(1, org.neurula.neat.genome.NodeKind.OUTPUT, org.neurula.neat.activation.Activation.SIGMOID, 0)
                .node(7, org.neurula.neat.genome.NodeKind.HIDDEN, org.neurula.neat.activation.Activation.TANH, 0)
                .connection(0, 0, 1, 1.0, true)
                .connection(1, 7, 1, 1.0, true)
                .build();
        Placement p = LayeredLayout.of(g);
        assertEquals(1, p.layer()[p.indexOf(7)]);
        assertEquals(2, p.layer()[p.indexOf(1)], "the output stays above every hidden node");
    }

    @Test
    void noTwoNodesShareAPlaceAndRowsAreOneUnitApart() {
        for (Genome g : new Genome[] {Genomes.chain(), Genomes.recurrent(), Genomes.wide()}) {
            Placement p = LayeredLayout.of(g);
            for (int i = 0; i < p.nodeIds().length; i++) {
                for (int j = i + 1; j < p.nodeIds().length; j++) {
                    if (p.layer()[i] == p.layer()[j]) {
                        assertTrue(Math.abs(p.x()[i] - p.x()[j]) >= 1.0 - 1e-12,
                                "nodes " + p.nodeIds()[i] + " and " + p.nodeIds()[j] + " overlap");
                    }
                }
            }
        }
    }

    @Test
    void aLinkSpanningLayersBendsThroughSlotsNoNodeOccupies() {
        Genome g = Genomes.chain();
        Placement p = LayeredLayout.of(g);
        int direct = g.connections().indexOf(1); // 1 → 3 spans layers 0 to 3
        double[] bends = p.bends()[direct];
        assertNotNull(bends);
        assertEquals(4, bends.length, "one point in each of layers 1 and 2");
        assertEquals(1.0, bends[1]);
        assertEquals(2.0, bends[3]);
        assertTrue(Math.abs(bends[0] - p.x()[p.indexOf(4)]) >= 1.0, "the bend in layer 1 is beside node 4");
        assertTrue(Math.abs(bends[2] - p.x()[p.indexOf(5)]) >= 1.0, "the bend in layer 2 is beside node 5");
        assertNull(p.bends()[g.connections().indexOf(5)], "4 → 5 spans one layer and is straight");
        assertNull(p.bends()[g.connections().indexOf(0)], "a disabled gene is not routed");
    }

    @Test
    void noDrawnLinkPassesThroughANodeItDoesNotTouch() {
        // 0 → 10 → 11 → 12 → 3 is a chain; 3 → 13 runs down from the output, 13 → 12 back up, 1 → 12 skips layers
        Genome backward = new org.neurula.neat.genome.GenomeBuilder()
                .node(0, org.neurula.neat.genome.NodeKind.INPUT, org.neurula.neat.activation.Activation.IDENTITY, 0)
                .node(1, org.neurula.neat.genome.NodeKind.INPUT, org.neurula.neat.activation.Activation.IDENTITY, 0)
                .node(2, org.neurula.neat.genome.NodeKind.BIAS, org.neurula.neat.activation.Activation.IDENTITY, 0)
                .node(3, org.neurula.neat.genome.NodeKind.OUTPUT, org.neurula.neat.activation.Activation.SIGMOID, 0)
                .node(10, org.neurula.neat.genome.NodeKind.HIDDEN, org.neurula.neat.activation.Activation.TANH, 0)
                .node(11, org.neurula.neat.genome.NodeKind.HIDDEN, org.neurula.neat.activation.Activation.TANH, 0)
                .node(12, org.neurula.neat.genome.NodeKind.HIDDEN, org.neurula.neat.activation.Activation.TANH, 0)
                .node(13, org.neurula.neat.genome.NodeKind.HIDDEN, org.neurula.neat.activation.Activation.TANH, 0)
                .connection(0, 0, 10, 1, true)
                .connection(1, 10, 11, 1, true)
                .connection(2, 11, 12, 1, true)
                .connection(3, 12, 3, 1, true)
                .connection(4, 3, 13, 1, true)
                .connection(5, 13, 12, 1, true)
                .connection(6, 1, 12, 1, true)
                .build();
        for (Genome g : new Genome[] {Genomes.chain(), Genomes.recurrent(), Genomes.wide(), backward}) {
            Placement p = LayeredLayout.of(g);
            var genes = g.connections();
            for (int c = 0; c < genes.size(); c++) {
                int s = p.indexOf(genes.source(c));
                int t = p.indexOf(genes.target(c));
                if (!genes.enabled(c) || Math.abs(p.layer()[s] - p.layer()[t]) < 2 && p.bends()[c] == null
                        && p.layer()[t] <= p.layer()[s]) {
                    continue; // disabled genes and the short links drawn as curves
                }
                double[] bend = p.bends()[c] == null ? new double[0] : p.bends()[c];
                double[] path = new double[bend.length + 4];
                path[0] = p.x()[s];
                path[1] = p.y()[s];
                System.arraycopy(bend, 0, path, 2, bend.length);
                path[path.length - 2] = p.x()[t];
                path[path.length - 1] = p.y()[t];
                for (int k = 0; k + 3 < path.length; k += 2) {
                    for (int v = 0; v < p.nodeIds().length; v++) {
                        if (v == s || v == t) {
                            continue;
                        }
                        double d = distance(p.x()[v], p.y()[v], path[k], path[k + 1], path[k + 2], path[k + 3]);
                        assertTrue(d >= 0.3, "link " + genes.innovation(c) + " passes " + d + " from node "
                                + p.nodeIds()[v]);
                    }
                }
            }
        }
        Placement p = LayeredLayout.of(backward);
        assertNotNull(p.bends()[backward.connections().indexOf(4)], "3 → 13 runs down two layers through a slot");
        assertTrue(p.bends()[backward.connections().indexOf(4)][1] > p.y()[p.indexOf(13)]
                && p.bends()[backward.connections().indexOf(4)][1] < p.y()[p.indexOf(3)]);
    }

    /** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }

    @Test
    void theSameGenomeAlwaysGetsTheSamePlacement() {
        Placement a = LayeredLayout.of(Genomes.wide());
        Placement b = LayeredLayout.of(Genomes.wide());
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        for (int c = 0; c < a.bends().length; c++) {
            assertArrayEquals(a.bends()[c], b.bends()[c]);
        }
    }

    @Test
    void wideShallowNetworksGetTallerLayerSpacing() {
        Placement p = LayeredLayout.of(Genomes.wide());
        double spacing = p.y()[p.indexOf(3)] / p.layer()[p.indexOf(3)];
        assertTrue(spacing > 1.0, "six nodes wide, three layers: spacing " + spacing);
        for (int i = 0; i < p.nodeIds().length; i++) {
            assertEquals(p.layer()[i] * spacing, p.y()[i], 1e-12, "y is the layer times one spacing");
        }
    }

    @Test
    void widestLayerCountsNodesOnly() {
        Placement p = LayeredLayout.of(Genomes.wide());
        assertEquals(6, p.widestLayer(), "five hidden nodes and the modulatory node share layer 1");
    }

    private static void assertLayer(Placement p, int layer, int... ids) {
        for (int id : ids) {
            assertEquals(layer, p.layer()[p.indexOf(id)], "layer of node " + id);
        }
    }
}
