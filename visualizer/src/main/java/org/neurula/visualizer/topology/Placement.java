package org.neurula.visualizer.topology;

import org.eclipse.collections.api.map.primitive.IntIntMap;

/**
 * Where each node of a drawing sits, in graph units: {@code y} grows upward (inputs at the bottom),
 * layers at least one unit apart (more for wide, shallow networks); a layer's nodes at least one unit
 * apart in {@code x}. Arrays are indexed like the genome's
 * node genes.
 *
 * @param nodeIds the node ids, in node-gene order
 * @param x       horizontal position per node
 * @param y       vertical position per node: its layer times the layer spacing
 * @param layer   layer per node: 0 for inputs and bias, {@code layers - 1} for outputs
 * @param layers  number of layers
 * @param index   node id to index into the arrays
 * @param bends   per connection gene (in gene order), the points {@code x0, y0, x1, y1, …} a link
 *                spanning several layers passes through, or null for a straight link
 */
public record Placement(int[] nodeIds, double[] x, double[] y, int[] layer, int layers, IntIntMap index,
        double[][] bends) {

    /** The index of node {@code id}, or -1. */
    public int indexOf(int id) {
        return index.getIfAbsent(id, -1);
    }

    /** The number of nodes in the widest layer. */
    public int widestLayer() {
        int[] counts = new int[layers];
        int widest = 0;
        for (int l : layer) {
            widest = Math.max(widest, ++counts[l]);
        }
        return widest;
    }
}
