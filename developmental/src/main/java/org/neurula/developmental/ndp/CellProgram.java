package org.neurula.developmental.ndp;

/**
 * What every cell of a growing graph runs (the same program in each cell, as a genome in every cell of
 * an embryo): how its embedding changes with what its neighbours send, whether it divides, and the
 * weight of an edge between two cells. {@link NdpGrowth} calls it; it sees only local information.
 * Implementations may keep scratch space, so one instance serves one growth at a time.
 */
public interface CellProgram {

    /** Numbers per cell. */
    int embeddingSize();

    /** Writes the seed cell's embedding into {@code into[0 .. embeddingSize)}. */
    void seedEmbedding(double[] into);

    /**
     * The cell's new embedding from the weighted sum of its neighbours' embeddings (its own included
     * when it is connected to itself): reads {@code aggregate[from ..]}, writes {@code into[to ..]}.
     */
    void update(double[] aggregate, int from, double[] into, int to);

    /** Whether the cell with embedding {@code embedding[from ..]} divides in this growth cycle. */
    boolean divides(double[] embedding, int from);

    /** Whether edges get weights from {@link #weight}; otherwise each weighs 1. */
    boolean weighted();

    /** The weight of the edge between cells with embeddings {@code a[aFrom ..]} and {@code b[bFrom ..]}. */
    double weight(double[] a, int aFrom, double[] b, int bFrom);
}
