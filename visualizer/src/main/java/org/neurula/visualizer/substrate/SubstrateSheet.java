package org.neurula.visualizer.substrate;

/**
 * One square panel of a substrate drawing, in graph units: the nodes of one z-level of a 3-D
 * substrate, one group of node kinds of a 2-D substrate whose sheets share coordinates, or the whole
 * substrate.
 *
 * @param label  what the sheet holds, such as {@code "z = -1"} or {@code "input sheet"}; empty for the
 *               whole substrate
 * @param left   x of the sheet's left edge
 * @param bottom y of the sheet's bottom edge
 * @param size   the side of the square
 */
public record SubstrateSheet(String label, double left, double bottom, double size) {
}
