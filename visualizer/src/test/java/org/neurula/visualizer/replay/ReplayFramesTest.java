package org.neurula.visualizer.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyGraph;
import org.neurula.visualizer.topology.TopologyStyle;

class ReplayFramesTest {

    private static final Genome GENOME = new GenomeBuilder()
            .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
            .node(1, NodeKind.OUTPUT, Activation.TANH, 0)
            .node(2, NodeKind.OUTPUT, Activation.TANH, 0)
            .connection(10, 0, 1, 1.0, true)
            .connection(11, 0, 2, -1.0, true)
            .build();

    /** Connection 10 grows from 1 to 3, connection 11 flips from -1 to +1, over 10 steps. */
    private static WeightTrace trace() {
        double[][] frames = new double[11][];
        double[] rewards = new double[11];
        for (int s = 0; s <= 10; s++) {
            frames[s] = new double[] {1.0 + 0.2 * s, -1.0 + 0.2 * s};
        }
        rewards[10] = 1.0;
        return new WeightTrace(new int[] {10, 11}, frames, rewards, 5.0);
    }

    @Test
    void stepsSpreadEvenlyWithBothEnds() {
        assertArrayEquals(new int[] {0, 5, 10}, ReplayFrames.chooseSteps(trace(), 3));
        assertArrayEquals(new int[] {10}, ReplayFrames.chooseSteps(trace(), 1));
        assertEquals(11, ReplayFrames.chooseSteps(trace(), 50).length, "no more frames than steps");
        assertThrows(IllegalArgumentException.class, () -> ReplayFrames.chooseSteps(trace(), 0));
    }

    @Test
    void applyingAFrameSetsEachEdgesWeightAndSign() {
        Graph graph = TopologyGraph.build(GENOME, DrawingOptions.defaults(), 20);
        ReplayFrames.apply(graph, trace(), 10, 3.0, false);
        assertEquals(3.0, graph.getEdge("c10").getNumber("neurula.weight"), 1e-12);
        assertEquals(1.0, graph.getEdge("c11").getNumber("neurula.weight"), 1e-12);
        assertTrue(((String) graph.getEdge("c11").getAttribute("ui.class")).startsWith("excitatory"),
                "the flipped connection is drawn as excitatory");
    }

    @Test
    void aPrunedConnectionIsDrawnAsADisabledOneAndCaptionedAsPruned() {
        WeightTrace plain = trace();
        boolean[][] live = new boolean[11][];
        for (int s = 0; s <= 10; s++) {
            live[s] = new boolean[] {true, s < 4};
        }
        WeightTrace pruned = new WeightTrace(plain.innovations(), plain.frames(), plain.rewards(), plain.fitness(),
                plain.labels(), live);
        Graph graph = TopologyGraph.build(GENOME, DrawingOptions.defaults(), 20);
        ReplayFrames.apply(graph, pruned, 3, 3.0, false);
        assertEquals(TopologyStyle.edgeStyle(-0.4, 3.0, true), graph.getEdge("c11").getAttribute("ui.style"));
        ReplayFrames.apply(graph, pruned, 4, 3.0, false);
        assertEquals(TopologyStyle.edgeStyle(-0.2, 3.0, false), graph.getEdge("c11").getAttribute("ui.style"));
        assertEquals(TopologyStyle.edgeStyle(1.8, 3.0, true), graph.getEdge("c10").getAttribute("ui.style"));
        assertTrue(ReplayFrames.stepCaption(pruned, 4).endsWith("pruned 1 of 2"), ReplayFrames.stepCaption(pruned, 4));
        assertEquals(-1, ReplayFrames.stepCaption(plain, 4).indexOf("pruned"));
    }

    @Test
    void framesArePicturesOfTheRequestedSizeThatChangeWithTheWeights() {
        List<BufferedImage> images = ReplayFrames.frames(GENOME, trace(), new int[] {0, 10}, DrawingOptions.defaults(),
                320, 240);
        assertEquals(2, images.size());
        for (BufferedImage image : images) {
            assertEquals(320, image.getWidth());
            assertEquals(240, image.getHeight());
        }
        int differing = 0;
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                if (images.get(0).getRGB(x, y) != images.get(1).getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 200, "the second frame shows other weights: " + differing + " pixels differ");
    }

    @Test
    void theWeightChartIsAPictureOfTheRequestedSize() {
        BufferedImage chart = WeightChart.image(trace(), 500, 300);
        assertEquals(500, chart.getWidth());
        assertEquals(300, chart.getHeight());
    }

    @Test
    void aTraceRejectsFramesOfTheWrongWidth() {
        assertThrows(IllegalArgumentException.class,
                () -> new WeightTrace(new int[] {1, 2}, new double[][] {{1.0}}, new double[1], 0));
        assertEquals(3.0, trace().maxAbsWeight(), 1e-12);
    }
}
