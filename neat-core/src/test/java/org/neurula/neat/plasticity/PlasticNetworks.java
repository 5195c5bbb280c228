package org.neurula.neat.plasticity;

import java.util.List;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.network.PlasticityBlueprint;

/**
 * Test fixture: small hand-made plastic networks. Nodes are given by kind (all with the identity
 * activation and bias 0, so a node's value is exactly its weighted input); connections by source,
 * target, weight and η, A, B, C, D. Not a test itself.
 */
final class PlasticNetworks {

    private PlasticNetworks() {
    }

    /** Settings with plasticity on, the given bound, normalization and modulation, τ = 10, λ = 0.5. */
    static PlasticityParameters settings(double bound, Normalization normalization, boolean modulation) {
        return new PlasticityParameters(true, List.of(PlasticityRule.ABCD), GeneScope.CONNECTION, modulation, 0.0,
                1.0, 1.0, 0.8, 0.1, 0.0, bound, normalization, 10.0, 0.5, 0.4, false);
    }

    /**
     * Compiles a feed-forward network.
     *
     * @param kinds       node kinds, by node index
     * @param connections rows {source, target, weight, η, A, B, C, D}
     */
    static Network network(PlasticityRule rule, PlasticityParameters settings, NodeKind[] kinds,
            double[][] connections) {
        return new NetworkCompiler(1, settings).compile(blueprint(rule, kinds, connections, false));
    }

    /** The blueprint of {@link #network}. */
    static NetworkBlueprint blueprint(PlasticityRule rule, NodeKind[] kinds, double[][] connections,
            boolean recurrent) {
        int n = kinds.length;
        int[] ids = new int[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            activations[i] = Activation.IDENTITY;
        }
        int m = connections.length;
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        double[] parameters = new double[m * PlasticityGenes.PARAMETERS];
        for (int c = 0; c < m; c++) {
            sources[c] = (int) connections[c][0];
            targets[c] = (int) connections[c][1];
            weights[c] = connections[c][2];
            System.arraycopy(connections[c], 3, parameters, c * PlasticityGenes.PARAMETERS, PlasticityGenes.PARAMETERS);
        }
        return new NetworkBlueprint(ids, kinds, activations, new double[n], sources, targets, weights, recurrent,
                new PlasticityBlueprint(rule, parameters));
    }

    /** The network's current weights. */
    static double[] weights(Network network) {
        double[] w = new double[network.connectionCount()];
        network.weights(w);
        return w;
    }
}
