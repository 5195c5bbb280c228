package org.neurula.neat.network;

import java.util.SplittableRandom;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;

/** Random networks and random lifetimes for the contracts of compiled networks. */
public final class RandomBlueprints {

    private RandomBlueprints() {
    }

    /**
     * A random network: 3 inputs, a bias, 6 hidden (tanh), 2 outputs (tanh); feed-forward connections go
     * from lower to higher index, recurrent ones anywhere into a non-input; η uniform in ±{@code eta}.
     */
    public static NetworkBlueprint plastic(long seed, boolean recurrent, PlasticityRule rule, double eta) {
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

    /** {@code steps} activations with inputs in [−1, 1) drawn from {@code seed}; all outputs in order. */
    public static double[] run(Network net, long seed, int steps) {
        SplittableRandom random = new SplittableRandom(seed * 31);
        double[] in = new double[net.inputCount()];
        double[] out = new double[net.outputCount()];
        double[] all = new double[steps * out.length];
        for (int step = 0; step < steps; step++) {
            for (int i = 0; i < in.length; i++) {
                in[i] = random.nextDouble(-1, 1);
            }
            net.activate(in, out);
            System.arraycopy(out, 0, all, step * out.length, out.length);
        }
        return all;
    }

    /** The network's current weights, in its reported order. */
    public static double[] weights(Network net) {
        double[] w = new double[net.connectionCount()];
        net.weights(w);
        return w;
    }
}
