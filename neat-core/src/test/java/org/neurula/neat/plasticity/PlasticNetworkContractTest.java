package org.neurula.neat.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.network.ActivityRecorder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkActivity;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.network.RandomBlueprints;

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
        Arrays.fill(measure, 4, measure.length, true);
        ActivityRecorder recorder = new ActivityRecorder(net, measure, 0.025);
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
        NetworkActivity a = recorder.activity();
        assertTrue(drifts[0] > 0 && drifts[1] > 0, "the rule changed the weights");
        assertEquals((drifts[0] + drifts[1]) / 2, a.weightDrift(), 1e-12);
        assertEquals(100, a.activations());
        assertEquals(8, a.nodes(), "hidden and output nodes");
    }

    private static PlasticityParameters on() {
        return PlasticityParameters.defaults().withEnabled(true);
    }

    private static double[] weights(Network net) {
        return RandomBlueprints.weights(net);
    }

    /** 50 activations with inputs drawn from {@code seed}; all outputs in order. */
    private static double[] run(Network net, long seed) {
        return RandomBlueprints.run(net, seed, 50);
    }

    private static NetworkBlueprint random(long seed, boolean recurrent, PlasticityRule rule, double eta) {
        return RandomBlueprints.plastic(seed, recurrent, rule, eta);
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
