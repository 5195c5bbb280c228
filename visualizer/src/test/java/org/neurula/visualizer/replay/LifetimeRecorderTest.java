package org.neurula.visualizer.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;
import org.neurula.visualizer.BadInputException;

class LifetimeRecorderTest {

    private static final Path XOR = Path.of("..", "examples", "xor.yaml");

    @Test
    void frameZeroHoldsTheGenomesWeightsUnderTheirInnovations() throws Exception {
        Genome genome = xorNetwork(0.3);
        Recording recording = LifetimeRecorder.record(plastic(), genome, 7, 100);
        WeightTrace trace = recording.trace();
        ConnectionGenes genes = genome.connections();
        assertEquals(genes.enabledCount(), trace.innovations().length);
        for (int k = 0; k < trace.innovations().length; k++) {
            int gene = genes.indexOf(trace.innovations()[k]);
            assertTrue(genes.enabled(gene));
            assertEquals(genes.weight(gene), trace.frames()[0][k], 0.0, "innovation " + trace.innovations()[k]);
            // charts name a connection by its nodes, not by its innovation alone
            assertEquals(genes.source(gene) + " → " + genes.target(gene) + " (c" + trace.innovations()[k] + ")",
                    trace.labels()[k]);
        }
    }

    @Test
    void oneFramePerActivationStepAndTheWeightsLearn() throws Exception {
        Recording recording = LifetimeRecorder.record(plastic(), xorNetwork(0.3), 7, 100);
        WeightTrace trace = recording.trace();
        assertEquals(4, recording.steps(), "XOR shows its four patterns once");
        assertEquals(5, trace.steps(), "the genome's weights, then one frame per step");
        assertFalse(recording.truncated());
        assertNotEquals(trace.frames()[0][0], trace.frames()[4][0], "Hebbian learning moves the weights");
        assertTrue(Double.isFinite(trace.fitness()));
    }

    @Test
    void aZeroLearningRateGivesIdenticalFrames() throws Exception {
        WeightTrace trace = LifetimeRecorder.record(plastic(), xorNetwork(0.0), 7, 100).trace();
        for (double[] frame : trace.frames()) {
            assertArrayEquals(trace.frames()[0], frame, 0.0);
        }
    }

    @Test
    void theSameGenomeAndRunReplayTheSameLifetime() throws Exception {
        WeightTrace a = LifetimeRecorder.record(plastic(), xorNetwork(0.3), 7, 100).trace();
        WeightTrace b = LifetimeRecorder.record(plastic(), xorNetwork(0.3), 7, 100).trace();
        assertArrayEquals(a.frames(), b.frames());
    }

    @Test
    void recordingStopsAtTheLimitWhileTheLifetimeRunsOn() throws Exception {
        Recording recording = LifetimeRecorder.record(plastic(), xorNetwork(0.3), 7, 2);
        assertEquals(3, recording.trace().steps());
        assertEquals(4, recording.steps());
        assertTrue(recording.truncated());
    }

    @Test
    void aStaticGenomeOrAStaticRunHasNothingToReplay() throws Exception {
        Genome staticGenome = xorNetwork(0.3).withPlasticity(null);
        BadInputException e = assertThrows(BadInputException.class,
                () -> LifetimeRecorder.record(plastic(), staticGenome, 7, 100));
        assertTrue(e.getMessage().contains("not plastic"), e.getMessage());
        RunConfig off = new ConfigLoader(TaskRegistry.load()).load(XOR, "xor.yaml", List.of());
        e = assertThrows(BadInputException.class, () -> LifetimeRecorder.record(off, xorNetwork(0.3), 7, 100));
        assertTrue(e.getMessage().contains("plasticity"), e.getMessage());
    }

    @Test
    void aPruningNetworkIsReplayedWithTheConnectionsItPrunedStepByStep() throws Exception {
        // XOR resets the network before each pattern: each pattern is a lifetime of one step, pruned after it
        RunConfig pruning = new ConfigLoader(TaskRegistry.load()).load(XOR, "xor.yaml", List.of(
                "network.pruning.enabled=true", "network.pruning.criticalPeriod=1", "network.pruning.fraction=0.5",
                "network.pruning.keepPaths=false", "network.pruning.rule=magnitude"));
        Genome genome = xorNetwork(0.0).withPlasticity(null);
        WeightTrace trace = LifetimeRecorder.record(pruning, genome, 7, 100).trace();
        assertEquals(5, trace.steps());
        assertEquals(0, trace.prunedAt(0), "the genome's network before the first step has every connection");
        ConnectionGenes genes = genome.connections();
        for (int step = 1; step < trace.steps(); step++) {
            assertEquals(3, trace.prunedAt(step), "half of the six enabled connections after step " + step);
            for (int k = 0; k < trace.innovations().length; k++) {
                double w = genes.weight(genes.indexOf(trace.innovations()[k]));
                // magnitude pruning drops the three smallest |w|: 0.5, -0.5 and 0.25
                assertEquals(Math.abs(w) > 0.5, trace.isLive(step, k), "c" + trace.innovations()[k]);
                assertEquals(trace.isLive(step, k) ? w : 0.0, trace.frames()[step][k], 0.0);
            }
        }
        assertEquals(3, TraceJson.of(new Recording(trace, 4)).get("pruned").get(2).size());
        assertThrows(BadInputException.class, () -> LifetimeRecorder.record(new ConfigLoader(TaskRegistry.load())
                .load(XOR, "xor.yaml", List.of("encoding.type=cell-program")), genome, 7, 100));
    }

    private static RunConfig plastic() throws Exception {
        return new ConfigLoader(TaskRegistry.load()).load(XOR, "xor.yaml", List.of("plasticity.enabled=true"));
    }

    /** 2 inputs, bias, output 3, hidden 4; genes in an order the compiled network regroups by target. */
    private static Genome xorNetwork(double eta) {
        return new GenomeBuilder()
                .plasticity(new PlasticityGenes(PlasticityRule.HEBB, eta, 0, 0, 0, 0))
                .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(1, NodeKind.INPUT, Activation.IDENTITY, 0)
                .node(2, NodeKind.BIAS, Activation.IDENTITY, 0)
                .node(3, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0)
                .node(4, NodeKind.HIDDEN, Activation.STEEPENED_SIGMOID, 0)
                .connection(0, 0, 3, 0.5, true)
                .connection(1, 1, 3, -0.5, true)
                .connection(2, 2, 3, 0.25, true)
                .connection(3, 0, 4, 1.5, true)
                .connection(4, 4, 3, -2.0, true)
                .connection(5, 1, 4, 0.75, false)
                .connection(6, 1, 4, 1.25, true)
                .build();
    }
}
