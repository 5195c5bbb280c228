package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * Checks that networks computed in {@link NodeGroups} give, to the bit, what a loop per node gives:
 * each node {@code f(WeightedSum.of(bias, …))} over its connections in blueprint order, in depth
 * order (feed-forward) or synchronously (recurrent), and for the ABCD rule each weight
 * {@code clip(w + (ηA·post + ηB)·pre + (ηC·post + ηD))} by fused multiply-adds. Random networks of
 * up to a few hundred nodes (layers wide enough for groups of four, with padding, and narrow ones),
 * all activation functions and a user one, biases and weights of ±0. Values compare by
 * {@link Double#doubleToLongBits} (every NaN alike: which NaN an operation yields is not
 * reproducible even in the loop per node, whose interpreted and compiled code differ).
 */
class GroupedComputationTest {

    private static final List<ActivationFunction> FUNCTIONS = functions();

    private static List<ActivationFunction> functions() {
        ActivationRegistry registry = ActivationRegistry.withBuiltIns();
        registry.register("softsign", x -> x / (1 + Math.abs(x)));
        List<ActivationFunction> all = new ArrayList<>();
        for (String id : registry.ids()) {
            all.add(registry.get(id));
        }
        return all;
    }

    @Test
    void feedForwardNetworksComputeWhatALoopPerNodeComputes() {
        for (int seed = 0; seed < 300; seed++) {
            check(seed, false, false);
        }
    }

    @Test
    void recurrentNetworksComputeWhatALoopPerNodeComputes() {
        for (int seed = 0; seed < 300; seed++) {
            check(seed, true, false);
        }
    }

    @Test
    void theAbcdRuleChangesEveryWeightAsPerConnection() {
        for (int seed = 0; seed < 200; seed++) {
            check(seed, seed % 2 == 0, true);
        }
    }

    private static void check(int seed, boolean recurrent, boolean plastic) {
        SplittableRandom random = new SplittableRandom(seed);
        NetworkBlueprint blueprint = randomBlueprint(random, recurrent, plastic);
        PlasticityParameters settings = PlasticityParameters.defaults().withEnabled(plastic);
        Network network = new NetworkCompiler(1, settings).compile(blueprint);
        Reference reference = new Reference(blueprint, settings.weightBound(), plastic);
        double[] inputs = new double[network.inputCount()];
        double[] outputs = new double[network.outputCount()];
        double[] weights = new double[network.connectionCount()];
        int[] connections = new int[network.connectionCount()];
        network.weightConnections(connections);
        for (int step = 0; step < 20; step++) {
            for (int k = 0; k < inputs.length; k++) {
                inputs[k] = random.nextInt(8) == 0 ? 0.0 : random.nextDouble(-2, 2);
            }
            network.activate(inputs, outputs);
            double[] expected = reference.activate(inputs);
            for (int k = 0; k < outputs.length; k++) {
                assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(outputs[k]),
                        "seed " + seed + " step " + step + " output " + k);
            }
            network.weights(weights);
            for (int k = 0; k < weights.length; k++) {
                assertEquals(Double.doubleToLongBits(reference.weights[connections[k]]),
                        Double.doubleToLongBits(weights[k]), "seed " + seed + " step " + step + " weight " + k);
            }
        }
    }

    /** Inputs, a bias, outputs and hidden nodes in random layers (any connections when recurrent). */
    static NetworkBlueprint randomBlueprint(SplittableRandom random, boolean recurrent, boolean plastic) {
        int hidden = random.nextInt(4) == 0 ? random.nextInt(6) : 10 + random.nextInt(200);
        int inputs = 1 + random.nextInt(8);
        int outputs = 1 + random.nextInt(5);
        int n = inputs + 1 + outputs + hidden;
        int[] ids = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        double[] biases = new double[n];
        int[] layer = new int[n];
        int layers = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            kinds[i] = i < inputs ? NodeKind.INPUT : i == inputs ? NodeKind.BIAS
                    : i <= inputs + outputs ? NodeKind.OUTPUT : NodeKind.HIDDEN;
            activations[i] = random.nextInt(3) == 0 ? Activation.STEEPENED_SIGMOID
                    : FUNCTIONS.get(random.nextInt(FUNCTIONS.size()));
            biases[i] = random.nextInt(8) == 0 ? -0.0 : random.nextGaussian();
            layer[i] = kinds[i].isSource() ? 0 : kinds[i] == NodeKind.OUTPUT ? layers + 1 : 1 + random.nextInt(layers);
        }
        int wanted = (int) (n * (1 + random.nextDouble() * 12));
        List<int[]> pairs = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int tries = 0; tries < 20 * wanted && pairs.size() < wanted; tries++) {
            int s = random.nextInt(n);
            int t = inputs + 1 + random.nextInt(n - inputs - 1);
            if ((recurrent || layer[s] < layer[t]) && seen.add((long) s << 32 | t)) {
                pairs.add(new int[] {s, t});
            }
        }
        int m = pairs.size();
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        double[] parameters = new double[m * PlasticityGenes.PARAMETERS];
        for (int c = 0; c < m; c++) {
            sources[c] = pairs.get(c)[0];
            targets[c] = pairs.get(c)[1];
            weights[c] = random.nextInt(10) == 0 ? (random.nextBoolean() ? 0.0 : -0.0) : random.nextGaussian();
            for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                parameters[c * PlasticityGenes.PARAMETERS + k] = random.nextDouble(-0.5, 0.5);
            }
        }
        return new NetworkBlueprint(ids, kinds, activations, biases, sources, targets, weights, recurrent,
                plastic ? new PlasticityBlueprint(PlasticityRule.ABCD, parameters) : null);
    }

    /** A loop per node over each node's connections in blueprint order; ABCD per connection. */
    private static final class Reference {

        private final NetworkBlueprint blueprint;
        private final int[] order;
        private final int[][] incoming;
        private final double[] weights;
        private final double bound;
        private final boolean plastic;
        private double[] values;

        Reference(NetworkBlueprint blueprint, double bound, boolean plastic) {
            this.blueprint = blueprint;
            this.bound = bound;
            this.plastic = plastic;
            int n = blueprint.nodeCount();
            this.order = blueprint.recurrent() ? null : Topology.depthOrder(blueprint);
            this.incoming = new int[n][];
            for (int t = 0; t < n; t++) {
                List<Integer> list = new ArrayList<>();
                for (int c = 0; c < blueprint.connectionCount(); c++) {
                    if (blueprint.targets()[c] == t) {
                        list.add(c);
                    }
                }
                incoming[t] = list.stream().mapToInt(Integer::intValue).toArray();
            }
            this.weights = blueprint.weights().clone();
            this.values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = blueprint.kinds()[i] == NodeKind.BIAS ? 1.0 : 0.0;
            }
        }

        double[] activate(double[] inputs) {
            int n = blueprint.nodeCount();
            NodeKind[] kinds = blueprint.kinds();
            for (int i = 0, k = 0; i < n; i++) {
                if (kinds[i] == NodeKind.INPUT) {
                    values[i] = inputs[k++];
                }
            }
            double[] from = values;
            double[] into = blueprint.recurrent() ? values.clone() : values;
            for (int p = 0; p < n; p++) {
                int node = order == null ? p : order[p];
                if (!kinds[node].isSource()) {
                    into[node] = blueprint.activations()[node].apply(sum(node, from));
                }
            }
            values = into;
            if (plastic) {
                learn();
            }
            double[] outputs = new double[(int) java.util.Arrays.stream(kinds).filter(k -> k == NodeKind.OUTPUT).count()];
            for (int i = 0, k = 0; i < n; i++) {
                if (kinds[i] == NodeKind.OUTPUT) {
                    outputs[k++] = values[i];
                }
            }
            return outputs;
        }

        private double sum(int node, double[] v) {
            int[] in = incoming[node];
            double[] w = new double[in.length];
            double[] x = new double[in.length];
            int[] identity = new int[in.length];
            for (int j = 0; j < in.length; j++) {
                w[j] = weights[in[j]];
                x[j] = v[blueprint.sources()[in[j]]];
                identity[j] = j;
            }
            return WeightedSum.of(blueprint.biases()[node], w, x, identity, 0, in.length);
        }

        private void learn() {
            PlasticityBlueprint rule = blueprint.plasticity();
            for (int c = 0; c < blueprint.connectionCount(); c++) {
                double eta = rule.parameter(c, 0);
                double pre = values[blueprint.sources()[c]];
                double post = values[blueprint.targets()[c]];
                double dw = Math.fma(Math.fma(eta * rule.parameter(c, 1), post, eta * rule.parameter(c, 2)), pre,
                        Math.fma(eta * rule.parameter(c, 3), post, eta * rule.parameter(c, 4)));
                double x = Math.fma(1.0, dw, weights[c]);
                weights[c] = x > bound ? bound : x < -bound ? -bound : x;
            }
        }
    }
}
