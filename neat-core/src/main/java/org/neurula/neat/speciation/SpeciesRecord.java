package org.neurula.neat.speciation;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neurula.neat.genome.Genome;

/**
 * The speciator's working state for one species: its representative, its history and the indices
 * of its members in the current generation. Mutable, owned by one {@link Speciator}.
 */
public final class SpeciesRecord {

    private final int id;
    private final long bornGeneration;
    private Genome representative;
    private double bestScore = Double.NEGATIVE_INFINITY;
    private long lastImprovedGeneration;
    private boolean checked;
    private final IntArrayList members = new IntArrayList();

    SpeciesRecord(int id, long bornGeneration, Genome representative) {
        this.id = id;
        this.bornGeneration = bornGeneration;
        this.representative = representative;
        this.lastImprovedGeneration = bornGeneration;
    }

    /** Restores a record from saved history (checkpoints). */
    public static SpeciesRecord restore(int id, long bornGeneration, Genome representative, double bestScore,
            long lastImprovedGeneration, boolean checked) {
        SpeciesRecord record = new SpeciesRecord(id, bornGeneration, representative);
        record.bestScore = bestScore;
        record.lastImprovedGeneration = lastImprovedGeneration;
        record.checked = checked;
        return record;
    }

    /**
     * Whether this species' champion was given the champion test since the species last improved
     * (NEAT's DPNV protocol tests an unchecked species' champion each generation).
     */
    public boolean checked() {
        return checked;
    }

    /** Marks the species' current champion as tested. */
    public void markChecked() {
        checked = true;
    }

    /** The species id. */
    public int id() {
        return id;
    }

    /** The generation in which the species appeared. */
    public long bornGeneration() {
        return bornGeneration;
    }

    /** The genome new members are compared with. */
    public Genome representative() {
        return representative;
    }

    void representative(Genome genome) {
        this.representative = genome;
    }

    /** The best score (fitness turned to maximisation) any member ever had. */
    public double bestScore() {
        return bestScore;
    }

    /** The last generation in which {@link #bestScore()} improved. */
    public long lastImprovedGeneration() {
        return lastImprovedGeneration;
    }

    /** Generations since the best score last improved, as of {@code generation}. */
    public int stagnation(long generation) {
        return (int) (generation - lastImprovedGeneration);
    }

    /** Indices (into the current generation's population) of this species' members. */
    public IntArrayList members() {
        return members;
    }

    void offerScore(double score, long generation) {
        if (score > bestScore) {
            bestScore = score;
            lastImprovedGeneration = generation;
            checked = false;
        }
    }
}
