package org.neurula.neat.network;

import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * NEAT's direct encoding: every node gene becomes a node and every enabled connection gene a
 * connection, with its plasticity parameters (the gene's own, or the genome's network-wide ones)
 * when the genome is plastic. In feed-forward mode a genome whose enabled connections form a cycle is
 * rejected.
 *
 * @param recurrent whether the run allows recurrent connections
 */
public record DirectDecoder(boolean recurrent) implements GenomeDecoder {

    @Override
    public DecodeResult decode(Genome genome) {
        NodeGenes nodes = genome.nodes();
        ConnectionGenes genes = genome.connections();
        int n = nodes.size();
        int[] ids = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        double[] biases = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = nodes.id(i);
            kinds[i] = nodes.kind(i);
            activations[i] = nodes.activation(i);
            biases[i] = nodes.bias(i);
        }
        int m = 0;
        for (int c = 0; c < genes.size(); c++) {
            if (genes.enabled(c)) {
                m++;
            }
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        PlasticityGenes shared = genome.plasticity();
        double[] parameters = shared == null ? null : new double[m * PlasticityGenes.PARAMETERS];
        double[] sharedParameters = shared == null ? null : shared.parameters();
        for (int c = 0, e = 0; c < genes.size(); c++) {
            if (!genes.enabled(c)) {
                continue;
            }
            int target = nodes.indexOf(genes.target(c));
            if (kinds[target].isSource()) {
                return new DecodeResult.Rejected("connection " + genes.innovation(c) + " targets input or bias node "
                        + genes.target(c));
            }
            sources[e] = nodes.indexOf(genes.source(c));
            targets[e] = target;
            weights[e] = genes.weight(c);
            if (parameters != null) {
                for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                    parameters[e * PlasticityGenes.PARAMETERS + k] = genes.hasPlasticity() ? genes.plasticity(c, k)
                            : sharedParameters[k];
                }
            }
            e++;
        }
        PlasticityBlueprint plasticity = shared == null ? null : new PlasticityBlueprint(shared.rule(), parameters);
        NetworkBlueprint blueprint = new NetworkBlueprint(ids, kinds, activations, biases, sources, targets, weights,
                recurrent, plasticity);
        // the acyclicity check needs only the depths, not the sorted order built from them
        if (!recurrent && Topology.depths(blueprint) == null) {
            return new DecodeResult.Rejected("enabled connections form a cycle in a feed-forward run");
        }
        return new DecodeResult.Decoded(blueprint);
    }
}
