package org.neurula.developmental.ndp;

import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.PlasticityBlueprint;
import org.neurula.neat.network.RecurrentNetwork;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * Turns a grown graph into the network a task runs, as the NDP's reference code does: the first cells
 * take the task's inputs (held at the input values), the last ones are its outputs, every other cell is
 * hidden; every edge carries activity both ways (its weight each way), a self-loop feeds the cell
 * itself, all cells compute tanh of their weighted input with no bias, and each input is followed by
 * diameter + {@code extraThinkingSteps} synchronous updates (at least one), the state kept from input to
 * input until the task resets the network. Edges into input cells carry nothing (inputs are held).
 */
public final class GrownNetworks {

    private GrownNetworks() {
    }

    /**
     * The blueprint of {@code graph} for a task with {@code inputs} inputs and {@code outputs} outputs,
     * or a rejection when the graph has fewer cells than inputs and outputs together.
     */
    public static DecodeResult blueprint(GrownGraph graph, int inputs, int outputs) {
        int n = graph.size();
        if (n < inputs + outputs) {
            return new DecodeResult.Rejected("the program grew " + n + " cells; the task needs " + inputs
                    + " input and " + outputs + " output cells");
        }
        int[] ids = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            kinds[i] = i < inputs ? NodeKind.INPUT : i >= n - outputs ? NodeKind.OUTPUT : NodeKind.HIDDEN;
            activations[i] = i < inputs ? Activation.IDENTITY : Activation.TANH;
        }
        int m = 0;
        for (int target = inputs; target < n; target++) {
            for (int source = 0; source < n; source++) {
                m += graph.connected(source, target) ? 1 : 0;
            }
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        int k = 0;
        for (int target = inputs; target < n; target++) {
            for (int source = 0; source < n; source++) {
                if (graph.connected(source, target)) {
                    sources[k] = source;
                    targets[k] = target;
                    weights[k] = graph.weight(source, target);
                    k++;
                }
            }
        }
        return new DecodeResult.Decoded(new NetworkBlueprint(ids, kinds, activations, new double[n], sources,
                targets, weights, true));
    }

    /** {@code grown} with node biases {@code biases} (one per cell, in cell order). */
    public static NetworkBlueprint withBiases(NetworkBlueprint grown, double[] biases) {
        return new NetworkBlueprint(grown.nodeIds(), grown.kinds(), grown.activations(), biases.clone(),
                grown.sources(), grown.targets(), grown.weights(), grown.recurrent(), grown.plasticity());
    }

    /**
     * {@code grown} with every connection learning by {@code shared}'s rule and parameters: the
     * network-wide plasticity genes of the program that grew it.
     */
    public static NetworkBlueprint withPlasticity(NetworkBlueprint grown, PlasticityGenes shared) {
        int m = grown.sources().length;
        double[] one = shared.parameters();
        double[] parameters = new double[m * PlasticityGenes.PARAMETERS];
        for (int k = 0; k < m; k++) {
            System.arraycopy(one, 0, parameters, k * PlasticityGenes.PARAMETERS, PlasticityGenes.PARAMETERS);
        }
        return new NetworkBlueprint(grown.nodeIds(), grown.kinds(), grown.activations(), grown.biases(),
                grown.sources(), grown.targets(), grown.weights(), grown.recurrent(),
                new PlasticityBlueprint(shared.rule(), parameters));
    }

    /** Updates per input for {@code graph}: its diameter plus {@code extraThinkingSteps}, at least 1. */
    public static int updatesPerInput(GrownGraph graph, NdpParameters shape) {
        return Math.max(1, graph.diameter() + shape.extraThinkingSteps());
    }

    /** The runnable network of {@code graph}, or {@code null} when {@link #blueprint} rejects it. */
    public static Network network(GrownGraph graph, NdpParameters shape, int inputs, int outputs) {
        return blueprint(graph, inputs, outputs) instanceof DecodeResult.Decoded(NetworkBlueprint b)
                ? RecurrentNetwork.compile(b, updatesPerInput(graph, shape))
                : null;
    }

    /**
     * The grown network written as a direct genome (cells are nodes with their index as id, edges each
     * way are connections numbered in blueprint order), so that champion files, pictures and size
     * counts read it like any other network.
     */
    public static Genome genome(NetworkBlueprint blueprint) {
        GenomeBuilder b = new GenomeBuilder(blueprint.nodeIds().length, blueprint.sources().length);
        for (int i = 0; i < blueprint.nodeIds().length; i++) {
            b.node(blueprint.nodeIds()[i], blueprint.kinds()[i], blueprint.activations()[i], blueprint.biases()[i]);
        }
        for (int k = 0; k < blueprint.sources().length; k++) {
            b.connection(k, blueprint.nodeIds()[blueprint.sources()[k]], blueprint.nodeIds()[blueprint.targets()[k]],
                    blueprint.weights()[k], true);
        }
        return b.build();
    }
}
