package org.neurula.developmental.hyperneat;

import java.util.Arrays;
import org.neurula.developmental.cppn.Cppn;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.genome.NodeKind;

/**
 * The node arrays of a network grown from a CPPN, in the order both CPPN decoders use: inputs
 * {@code 0 .. bias-1}, the bias, outputs {@code bias+1 .. firstHidden-1}, hidden nodes after; ids equal
 * to indices; inputs and the bias with the identity function. {@link #paint} sets node biases and
 * modulatory hidden nodes from one CPPN query per node (the node as source, the origin as target).
 *
 * @param ids         per node, its id (its index)
 * @param kinds       per node
 * @param activations per node
 * @param biases      per node
 */
public record GrownNodes(int[] ids, NodeKind[] kinds, ActivationFunction[] activations, double[] biases) {

    /**
     * Nodes for a network of {@code nodes} nodes.
     *
     * @param bias        the bias node's index (= number of inputs)
     * @param firstHidden the first hidden node's index (= bias + 1 + number of outputs)
     */
    public static GrownNodes of(int nodes, int bias, int firstHidden, ActivationFunction output,
            ActivationFunction hidden) {
        int[] ids = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = i;
        }
        NodeKind[] kinds = new NodeKind[nodes];
        ActivationFunction[] functions = new ActivationFunction[nodes];
        Arrays.fill(kinds, 0, bias, NodeKind.INPUT);
        kinds[bias] = NodeKind.BIAS;
        Arrays.fill(functions, 0, bias + 1, Activation.IDENTITY);
        Arrays.fill(kinds, bias + 1, firstHidden, NodeKind.OUTPUT);
        Arrays.fill(functions, bias + 1, firstHidden, output);
        Arrays.fill(kinds, firstHidden, nodes, NodeKind.HIDDEN);
        Arrays.fill(functions, firstHidden, nodes, hidden);
        return new GrownNodes(ids, kinds, functions, new double[nodes]);
    }

    /**
     * Queries {@code cppn} once per output and hidden node when the layout has node outputs: the bias
     * output (clipped, times {@code maxBias}) becomes the node's bias, a positive modulatory output makes
     * a hidden node modulatory.
     *
     * @param coordinates flat node coordinates, {@code layout.dimensions()} per node, in node order
     * @param bias        the bias node's index
     * @param firstHidden the first hidden node's index
     * @param out         a buffer of {@code layout.cppnOutputs()} values
     */
    public void paint(Cppn cppn, CppnLayout layout, double[] coordinates, int bias, int firstHidden, double maxBias,
            double[] out) {
        if (!layout.hasNodeOutputs()) {
            return;
        }
        int d = layout.dimensions();
        double[] origin = new double[d];
        int biasIndex = layout.biasIndex();
        int modulatoryIndex = layout.modulatoryIndex();
        for (int node = bias + 1; node < ids.length; node++) {
            cppn.query(coordinates, node * d, origin, 0, out);
            if (biasIndex >= 0) {
                biases[node] = ExpressionRule.clip(out[biasIndex]) * maxBias;
            }
            if (modulatoryIndex >= 0 && node >= firstHidden && out[modulatoryIndex] > 0.0) {
                kinds[node] = NodeKind.MODULATORY;
            }
        }
    }

    /**
     * The function {@code id} of {@code registry}.
     *
     * @throws IllegalArgumentException naming {@code key} and the known functions if there is none
     */
    public static ActivationFunction lookUp(ActivationRegistry registry, String id, String key) {
        try {
            return registry.get(id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": unknown activation '" + id + "'; known: " + registry.ids(), e);
        }
    }
}
