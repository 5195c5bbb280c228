package org.neurula.visualizer.substrate;

import java.util.List;

/**
 * Where each node of a grown network is drawn, in graph units ({@code y} grows upward): its substrate
 * coordinates scaled by {@link #scale()} into the square of its {@link SubstrateSheet}. Arrays are
 * indexed like the blueprint's nodes.
 *
 * @param x          horizontal position per node
 * @param y          vertical position per node
 * @param sheet      index into {@code sheets} per node
 * @param sheets     the panels, left to right
 * @param low        the substrate coordinate drawn at a sheet's left (and bottom) edge
 * @param scale      graph units per substrate unit
 * @param projection how the coordinates were turned into the picture's two axes, in words
 */
public record SubstratePlacement(double[] x, double[] y, int[] sheet, List<SubstrateSheet> sheets, double low,
        double scale, String projection) {

    /** The x of the right edge of the rightmost sheet. */
    public double right() {
        SubstrateSheet last = sheets.getLast();
        return last.left() + last.size();
    }

    /** The number of nodes drawn in sheet {@code s}. */
    public int nodesIn(int s) {
        int count = 0;
        for (int k : sheet) {
            if (k == s) {
                count++;
            }
        }
        return count;
    }
}
