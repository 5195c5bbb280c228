package org.neurula.neat.innovation;

/**
 * The complete state of an {@link InnovationTracker}, for checkpoints.
 *
 * @param nextInnovation the next innovation number to issue
 * @param nextNodeId     the next node id to issue
 * @param connections    rows {@code {source, target, innovation}}, sorted by innovation
 * @param splits         rows {@code {split innovation, node id}}, sorted by innovation
 */
public record InnovationSnapshot(int nextInnovation, int nextNodeId, int[][] connections, int[][] splits) {
}
