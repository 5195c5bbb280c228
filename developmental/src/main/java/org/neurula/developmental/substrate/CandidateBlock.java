package org.neurula.developmental.substrate;

/**
 * A rectangle of candidate connections: every node index in [sourceStart, sourceEnd) to every node
 * index in [targetStart, targetEnd). A substrate's candidates are a few such blocks.
 *
 * @param sourceStart first source node index
 * @param sourceEnd   one past the last source node index
 * @param targetStart first target node index
 * @param targetEnd   one past the last target node index
 */
public record CandidateBlock(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {

    /** Number of candidate connections in the block. */
    public long size() {
        return (long) (sourceEnd - sourceStart) * (targetEnd - targetStart);
    }
}
