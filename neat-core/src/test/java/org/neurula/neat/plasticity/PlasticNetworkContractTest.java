package org.neurula.neat.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.network.PlasticityBlueprint;

/**
 * Contracts of plastic compiled networks on random networks, feed-forward and recurrent, for every
 * rule: η = 0 gives exactly the static network; blocked plasticity compiles the static network; a
 * learning network changes its weights and {@link Network#reset()} restores them, so a reset network
 * replays its first lifetime exactly.
 */
class PlasticNetworkContractTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void zeroLearningRatesGiveExactlyTheStaticNetwork(boolean recurrent) {
        for (PlasticityRule rule : PlasticityRule.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                NetworkBlueprint plastic = random(seed, recurrent, rule, 0.0);
                Network learning = new NetworkCompiler(1, on()).compile(plastic);
                Network fixed = new NetworkCompiler(1).compile(plastic.withoutPlasticity());
                assertTrue(learning.isPlastic());
                assertFalse(fixed.isPlastic());
                assertArrayEquals(run(fixed, seed), run(learning, seed), 0.0, rule + " seed " + seed);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void weightConnectionsNameTheBlueprintConnectionOfEachWeight(boolean recurrent) {
        NetworkBlueprint plastic = random(5, recurrent, PlasticityRule.ABCD, 0.5);
        for (Network net : new Network[] {new NetworkCompiler(1, on()).compile(plastic),
            new NetworkCompiler(1).compile(plastic.withoutPlasticity())}) {
            int[] connection = new int[net.connectionCount()];
            net.weightConnections(connection);
            double[] w = weights(net);
            boolean[] seen = new boolean[plastic.connectionCount()];
            for (int k = 0; k < w.length; k++) {
                assertEquals(plastic.weights()[connection[k]], w[k], 0.0, "weight " + k);
                assertFalse(seen[connection[k]], "each blueprint connection once");
                seen[connection[k]] = true;
            }
            assertEquals(plastic.connectionCount(), w.length, "no modulatory connections in this blueprint");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void blockedPlasticityCompilesTheStaticNetwork(boolean recurrent) {
        NetworkBlueprint plastic = random(7, recurrent, PlasticityRule.ABCD, 0.5);
        Network blocked = new NetworkCompiler(1, on().withBlocked(true)).compile(plastic);
        Network fixed = new NetworkCompiler(1).compile(plastic.withoutPlasticity());
        assertFalse(blocked.isPlastic());
        assertArrayEquals(run(fixed, 7), run(blocked, 7), 0.0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void learningChangesWeightsAndResetReplaysTheLifetime(boolean recurrent) {
        for (PlasticityRule rule : PlasticityRule.values()) {
            NetworkBlueprint plastic = random(11, recurrent, rule, 0.5);
            Network net = new NetworkCompiler(1, on()).compile(plastic);
            double[] initial = weights(net);
            double[] first = run(net, 11);
            assertFalse(Arrays.equals(initial, weights(net)), rule + ": weights changed during the lifetime");
            net.reset();
            assertArrayEquals(initial, weights(net), 0.0, rule + ": reset restores the genome's weights");
            assertArrayEquals(first, run(net, 11), 0.0, rule + ": the second lifetime equals the first");
            assertNotEquals(0, first.length);
        }
    }

    /** The activity recorder's weight drift is the mean |weight change| of each lifetime, averaged over lifetimes. */
    @Test
    void activityRecorderMeasuresTheWeightDriftOfEachLifetime() {
        NetworkBlueprint plastic = random(7, false, PlasticityRule.values()[0], 0.1);
        Network net = new NetworkCompiler(1, on()).compile(plastic);
        double[] genome = weights(net);
        boolean[] measure = new boolean[net.nodeCount()];
        java.util.Arrays.fill(measure, 4, measure.length, true);
        org.neurula.neat.network.ActivityRecorder recorder = new org.neurula.neat.network.ActivityRecorder(net,
                measure, 0.025);
        double[] drifts = new double[2];
        for (int life = 0; life < 2; life++) {
            run(recorder, life + 1);
            double[] now = weights(net);
            for (int k = 0; k < now.length; k++) {
                drifts[life] += Math.abs(now[k] - genome[k]) / now.length;
            }
            recorder.reset();
            assertArrayEquals(genome, weights(net), "a reset restores the genome's weights");
        }
        org.neurula.neat.network.NetworkActivity a = recorder.activity();
        assertTrue(drifts[0] > 0 && drifts[1] > 0, "the rule changed the weights");
        assertEquals((drifts[0] + drifts[1]) / 2, a.weightDrift(), 1e-12);
        assertEquals(100, a.activations());
        assertEquals(8, a.nodes(), "hidden and output nodes");
    }

    private static PlasticityParameters on() {
        return PlasticityParameters.defaults().withEnabled(true);
    }

    private static double[] weights(Network net) {
        double[] w = new double[net.connectionCount()];
        net.weights(w);
        return w;
    }

    /** 50 activations with inputs drawn from {@code seed}; all outputs in order. */
    private static double[] run(Network net, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31);
        double[] in = new double[net.inputCount()];
        double[] out = new double[net.outputCount()];
        double[] all = new double[50 * out.length];
        for (int step = 0; step < 50; step++) {
            for (int i = 0; i < in.length; i++) {
                in[i] = random.nextDouble(-1, 1);
            }
            net.activate(in, out);
            System.arraycopy(out, 0, all, step * out.length, out.length);
        }
        return all;
    }

    /**
     * A random network: 3 inputs, a bias, 6 hidden (tanh), 2 outputs (tanh); feed-forward connections go
     * from lower to higher index, recurrent ones anywhere into a non-input; η uniform in ±{@code eta}.
     */
    private static NetworkBlueprint random(long seed, boolean recurrent, PlasticityRule rule, double eta) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 12;
        int[] ids = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        double[] biases = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            kinds[i] = i < 3 ? NodeKind.INPUT : i == 3 ? NodeKind.BIAS : i >= 10 ? NodeKind.OUTPUT : NodeKind.HIDDEN;
            activations[i] = i < 4 ? Activation.IDENTITY : Activation.TANH;
            biases[i] = i < 4 ? 0 : random.nextDouble(-0.5, 0.5);
        }
        int m = 30;
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        double[] parameters = new double[m * PlasticityGenes.PARAMETERS];
        for (int c = 0; c < m; c++) {
            int t = 4 + random.nextInt(n - 4);
            int s = recurrent ? random.nextInt(n) : random.nextInt(t);
            sources[c] = s;
            targets[c] = t;
            weights[c] = random.nextGaussian();
            parameters[c * 5] = eta == 0 ? 0 : random.nextDouble(-eta, eta);
            for (int k = 1; k < 5; k++) {
                parameters[c * 5 + k] = random.nextDouble(-1, 1);
            }
        }
        return new NetworkBlueprint(ids, kinds, activations, biases, sources, targets, weights, recurrent,
                new PlasticityBlueprint(rule, parameters));
    }

    /** A plastic blueprint compiled by the plain compiler learns; it does not silently turn static. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void thePlainCompilerKeepsABlueprintsPlasticity(boolean recurrent) {
        NetworkBlueprint plastic = random(3, recurrent, PlasticityRule.ABCD, 0.05);
        Network plain = new NetworkCompiler(1).compile(plastic);
        Network explicit = new NetworkCompiler(1, PlasticityParameters.defaults().withEnabled(true)).compile(plastic);
        assertTrue(plain.isPlastic());
        assertArrayEquals(run(explicit, 3), run(plain, 3), 0.0);
        assertFalse(new NetworkCompiler(1, PlasticityParameters.defaults().withEnabled(true).withBlocked(true))
                .compile(plastic).isPlastic());
    }
}
