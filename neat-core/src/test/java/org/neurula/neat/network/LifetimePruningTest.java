package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * Contracts of lifetime pruning: off (or pruning nothing) it changes no bit; each rule removes the
 * synapses it scores lowest, once the critical period is over; path keeping never cuts an output off
 * from the inputs; a reset brings every synapse back, and a learning rule cannot revive a pruned one.
 */
class LifetimePruningTest {

    private static final PlasticityParameters LEARNING = PlasticityParameters.defaults().withEnabled(true);

    private static PruningParameters pruning(PruningRule rule, int period, double fraction, boolean keepPaths) {
        return new PruningParameters(true, rule, period, fraction, keepPaths);
    }

    private static Network compile(NetworkBlueprint b, PruningParameters p) {
        return new NetworkCompiler(1, LEARNING, p).compile(b);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void pruningThatRemovesNothingChangesNoBit(boolean recurrent) {
        for (PlasticityRule rule : new PlasticityRule[] {PlasticityRule.HEBB, PlasticityRule.ABCD}) {
            for (long seed = 1; seed <= 10; seed++) {
                for (NetworkBlueprint b : new NetworkBlueprint[] {RandomBlueprints.plastic(seed, recurrent, rule, 0.3),
                    RandomBlueprints.plastic(seed, recurrent, rule, 0.3).withoutPlasticity()}) {
                    double[] plain = RandomBlueprints.run(new NetworkCompiler(1, LEARNING).compile(b), seed, 60);
                    String what = rule + " seed " + seed + (b.plasticity() == null ? " static" : " plastic");
                    assertArrayEquals(plain, RandomBlueprints.run(compile(b, PruningParameters.defaults()), seed, 60),
                            0.0, "pruning off: " + what);
                    assertArrayEquals(plain, RandomBlueprints.run(compile(b,
                            pruning(PruningRule.ACTIVITY, 5, 0.0, true)), seed, 60), 0.0, "fraction 0: " + what);
                    assertArrayEquals(plain, RandomBlueprints.run(compile(b,
                            pruning(PruningRule.CORRELATION, 61, 0.9, false)), seed, 60), 0.0,
                            "a critical period longer than the lifetime: " + what);
                }
            }
        }
    }

    /** Inputs 0 and 1, bias 2, output 3 (tanh): 0 → 3 weight 2, 1 → 3 weight {@code w1}, bias → 3 weight 0.5. */
    private static NetworkBlueprint smallNetwork(double w1) {
        return new NetworkBlueprint(new int[] {0, 1, 2, 3},
                new NodeKind[] {NodeKind.INPUT, NodeKind.INPUT, NodeKind.BIAS, NodeKind.OUTPUT},
                new ActivationFunction[] {Activation.IDENTITY, Activation.IDENTITY, Activation.IDENTITY, Activation.TANH},
                new double[] {0, 0, 0, 0}, new int[] {0, 1, 2}, new int[] {3, 3, 3}, new double[] {2.0, w1, 0.5}, false);
    }

    private static double output(Network net, double x0, double x1) {
        double[] out = new double[1];
        net.activate(new double[] {x0, x1}, out);
        return out[0];
    }

    @Test
    void magnitudePruningRemovesTheSmallestWeightOnceThePeriodIsOver() {
        Network net = compile(smallNetwork(0.1), pruning(PruningRule.MAGNITUDE, 3, 0.34, true));
        for (int step = 0; step < 3; step++) {
            assertEquals(Math.tanh(2 * 0.4 + 0.1 * 0.7 + 0.5), output(net, 0.4, 0.7), 0.0, "all synapses live in step " + step);
        }
        assertEquals(1, net.prunedConnectionCount());
        assertEquals(Math.tanh(2 * 0.4 + 0.5), output(net, 0.4, 0.7), 0.0, "1 → 3 (|w| = 0.1) is gone");
        boolean[] live = new boolean[3];
        net.liveConnections(live);
        int[] connection = new int[3];
        net.weightConnections(connection);
        for (int k = 0; k < 3; k++) {
            assertEquals(connection[k] != 1, live[k], "only blueprint connection 1 is pruned");
        }
        assertEquals(0.0, RandomBlueprints.weights(net)[indexOf(connection, 1)], "its weight reads 0");
    }

    @Test
    void aGenomesOwnPruningGenesReplaceTheRunsPeriodAndFraction() {
        NetworkCompiler compiler = new NetworkCompiler(1, LEARNING, pruning(PruningRule.MAGNITUDE, 20, 0.34, true));
        Genome withGenes = new GenomeBuilder().node(0, NodeKind.INPUT, Activation.IDENTITY, 0).node(1, NodeKind.OUTPUT,
                Activation.TANH, 0).pruning(new PruningGenes(2, 0.67)).build();
        Network own = compiler.compile(smallNetwork(0.1), withGenes);
        Network run = compiler.compile(smallNetwork(0.1), withGenes.withPruning(null));
        for (int step = 0; step < 3; step++) {
            output(own, 0.4, 0.7);
            output(run, 0.4, 0.7);
        }
        assertEquals(2, own.prunedConnectionCount(), "the genome's period (2) is over and its fraction takes 2 of 3");
        assertEquals(0, run.prunedConnectionCount(), "the run's period (20) is not");
        assertEquals(Math.tanh(2 * 0.4), output(own, 0.4, 0.7), 1e-15, "only the strongest synapse, 0 → 3, is left");
    }

    @Test
    void activityPruningRemovesAStrongSynapseFromASilentInputThatMagnitudeKeeps() {
        NetworkBlueprint b = smallNetwork(5.0);
        Network activity = compile(b, pruning(PruningRule.ACTIVITY, 4, 0.34, false));
        Network magnitude = compile(b, pruning(PruningRule.MAGNITUDE, 4, 0.34, false));
        for (int step = 0; step < 4; step++) {
            output(activity, 0.3 + 0.1 * step, 0.0); // input 1 never speaks
            output(magnitude, 0.3 + 0.1 * step, 0.0);
        }
        assertEquals(Math.tanh(2 * 0.5 + 0.5), output(activity, 0.5, 1.0), 0.0, "activity: 1 → 3 added nothing, gone");
        assertEquals(Math.tanh(2 * 0.5 + 5.0), output(magnitude, 0.5, 1.0), 0.0, "magnitude: the bias's 0.5 is gone");
    }

    @Test
    void correlationPruningRemovesTheSynapseWhoseEndsAreRarelyActiveTogether() {
        // 1 → 3 weighs as much as the bias's synapse, but input 1 speaks only when the output is silent
        NetworkBlueprint b = new NetworkBlueprint(new int[] {0, 1, 2, 3},
                new NodeKind[] {NodeKind.INPUT, NodeKind.INPUT, NodeKind.BIAS, NodeKind.OUTPUT},
                new ActivationFunction[] {Activation.IDENTITY, Activation.IDENTITY, Activation.IDENTITY,
                    Activation.TANH}, new double[] {0, 0, 0, 0}, new int[] {0, 1, 2}, new int[] {3, 3, 3},
                new double[] {2.0, -0.5, 0.5}, false);
        Network net = compile(b, pruning(PruningRule.CORRELATION, 2, 0.34, false));
        output(net, 1.0, 0.0);
        output(net, 0.0, 1.0);
        // outputs tanh(2.5) and tanh(0) = 0; scores: 0 → 3 tanh(2.5), 1 → 3 0, bias → 3 tanh(2.5)
        assertEquals(Math.tanh(2 * 0.2 + 0.5), output(net, 0.2, 0.9), 0.0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void keptPathsNeverCutAnOutputOffFromTheInputs(boolean recurrent) {
        int checked = 0;
        for (PruningRule rule : PruningRule.values()) {
            for (long seed = 1; seed <= 40; seed++) {
                NetworkBlueprint b = RandomBlueprints.plastic(seed, recurrent, PlasticityRule.HEBB, 0.2);
                boolean[] before = reachableOutputs(b, allLive(b));
                for (double fraction : new double[] {0.5, 1.0}) {
                    Network net = compile(b, pruning(rule, 10, fraction, true));
                    RandomBlueprints.run(net, seed, 11);
                    assertTrue(net.prunedConnectionCount() > 0, rule + " seed " + seed + " pruned something");
                    assertArrayEquals(before, reachableOutputs(b, liveByBlueprint(net, b)),
                            rule + " seed " + seed + " fraction " + fraction + ": every output keeps an input");
                    checked += countTrue(before);
                }
                Network all = compile(b, pruning(rule, 10, 1.0, false));
                RandomBlueprints.run(all, seed, 11);
                assertEquals(b.connectionCount(), all.prunedConnectionCount(), "without path keeping, fraction 1 prunes all");
                assertFalse(Arrays.asList(box(reachableOutputs(b, liveByBlueprint(all, b)))).contains(true));
            }
        }
        assertTrue(checked > 200, "the random networks had outputs reached from inputs to keep: " + checked);
    }

    @Test
    void withoutPathKeepingTheFractionIsExact() {
        NetworkBlueprint b = RandomBlueprints.plastic(3, false, PlasticityRule.HEBB, 0.0).withoutPlasticity();
        for (double fraction : new double[] {0.1, 0.25, 0.5, 0.9}) {
            Network net = compile(b, pruning(PruningRule.ACTIVITY, 5, fraction, false));
            RandomBlueprints.run(net, 3, 6);
            assertEquals((int) Math.floor(fraction * 30), net.prunedConnectionCount(), "fraction " + fraction);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aResetBringsEverySynapseBackAndTheNextLifetimeRepeatsTheFirst(boolean plastic) {
        NetworkBlueprint random = RandomBlueprints.plastic(9, true, PlasticityRule.OJA, 0.3);
        NetworkBlueprint b = plastic ? random : random.withoutPlasticity();
        Network net = compile(b, pruning(PruningRule.ACTIVITY, 8, 0.6, true));
        double[] genome = RandomBlueprints.weights(net);
        double[] first = RandomBlueprints.run(net, 9, 40);
        assertNotEquals(0, net.prunedConnectionCount());
        net.reset();
        assertEquals(0, net.prunedConnectionCount());
        boolean[] live = new boolean[net.connectionCount()];
        net.liveConnections(live);
        assertFalse(Arrays.asList(box(live)).contains(false), "every synapse is live again");
        assertArrayEquals(genome, RandomBlueprints.weights(net), 0.0, "the genome's weights are back");
        assertArrayEquals(first, RandomBlueprints.run(net, 9, 40), 0.0, "the second lifetime equals the first");
    }

    @Test
    void aLearningRuleCannotReviveAPrunedSynapse() {
        NetworkBlueprint b = RandomBlueprints.plastic(4, false, PlasticityRule.HEBB, 0.5);
        Network net = compile(b, pruning(PruningRule.MAGNITUDE, 5, 0.5, true));
        double[] genome = RandomBlueprints.weights(net);
        RandomBlueprints.run(net, 4, 30);
        boolean[] live = new boolean[net.connectionCount()];
        net.liveConnections(live);
        double[] now = RandomBlueprints.weights(net);
        int moved = 0;
        for (int k = 0; k < now.length; k++) {
            if (!live[k]) {
                assertEquals(0.0, now[k], "pruned synapse " + k + " stays at 0");
            } else {
                moved += now[k] != genome[k] ? 1 : 0;
            }
        }
        assertTrue(moved > 0, "the live synapses went on learning");
    }

    @Test
    void theActivityRecorderReportsTheShareOfSynapsesPruned() {
        NetworkBlueprint b = RandomBlueprints.plastic(5, false, PlasticityRule.HEBB, 0.0).withoutPlasticity();
        Network net = compile(b, pruning(PruningRule.ACTIVITY, 5, 0.5, false));
        boolean[] measure = new boolean[net.nodeCount()];
        Arrays.fill(measure, 4, measure.length, true);
        ActivityRecorder recorder = new ActivityRecorder(net, measure, 0.025);
        RandomBlueprints.run(recorder, 5, 20);
        recorder.reset();
        RandomBlueprints.run(recorder, 6, 3); // a lifetime that ends before the critical period
        assertEquals((15.0 / 30 + 0.0) / 2, recorder.activity().prunedShare(), 1e-15);
    }

    private static boolean[] allLive(NetworkBlueprint b) {
        boolean[] live = new boolean[b.connectionCount()];
        Arrays.fill(live, true);
        return live;
    }

    /** Which blueprint connections the network still has. */
    private static boolean[] liveByBlueprint(Network net, NetworkBlueprint b) {
        boolean[] live = new boolean[net.connectionCount()];
        net.liveConnections(live);
        int[] connection = new int[net.connectionCount()];
        net.weightConnections(connection);
        boolean[] byBlueprint = new boolean[b.connectionCount()];
        for (int k = 0; k < live.length; k++) {
            byBlueprint[connection[k]] = live[k];
        }
        return byBlueprint;
    }

    /** Per output (in node order), whether a path of live connections leads to it from an input. */
    private static boolean[] reachableOutputs(NetworkBlueprint b, boolean[] live) {
        boolean[] reached = new boolean[b.nodeCount()];
        for (int i = 0; i < reached.length; i++) {
            reached[i] = b.kinds()[i] == NodeKind.INPUT;
        }
        for (boolean changed = true; changed;) {
            changed = false;
            for (int c = 0; c < b.connectionCount(); c++) {
                if (live[c] && reached[b.sources()[c]] && !reached[b.targets()[c]]) {
                    reached[b.targets()[c]] = true;
                    changed = true;
                }
            }
        }
        int outputs = 0;
        for (NodeKind k : b.kinds()) {
            outputs += k == NodeKind.OUTPUT ? 1 : 0;
        }
        boolean[] result = new boolean[outputs];
        for (int i = 0, o = 0; i < reached.length; i++) {
            if (b.kinds()[i] == NodeKind.OUTPUT) {
                result[o++] = reached[i];
            }
        }
        return result;
    }

    private static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private static Boolean[] box(boolean[] flags) {
        Boolean[] boxed = new Boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            boxed[i] = flags[i];
        }
        return boxed;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new AssertionError(value + " not found");
    }
}
