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

    /** Equal when every counter and every entry agrees. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InnovationSnapshot other && nextInnovation == other.nextInnovation
                && nextNodeId == other.nextNodeId && java.util.Arrays.deepEquals(connections, other.connections)
                && java.util.Arrays.deepEquals(splits, other.splits);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(nextInnovation, nextNodeId, java.util.Arrays.deepHashCode(connections),
                java.util.Arrays.deepHashCode(splits));
    }

    @Override
    public String toString() {
        return "InnovationSnapshot[nextInnovation=" + nextInnovation + ", nextNodeId=" + nextNodeId + ", "
                + connections.length + " connections, " + splits.length + " splits]";
    }
}
