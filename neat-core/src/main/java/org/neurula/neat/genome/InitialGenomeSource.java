package org.neurula.neat.genome;

import java.util.random.RandomGenerator;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.innovation.Innovations;

/**
 * Where an engine takes the genomes of its first generation from. {@link InitialGenomes} (NEAT's
 * minimal, fully connected genomes) is the default; indirect encodings supply their own, for example
 * CPPN genomes seeded with extra hidden structure (the locality seed of HyperNEAT-LEO).
 *
 * <p>A source must be deterministic: the same generator state gives the same genome, and it takes
 * every historical marking of the genomes it creates from the tracker it is given, so that all initial
 * genomes share their innovation numbers. {@link #newTracker()} must already know those markings (the
 * innovations of every initial connection, in a fixed order, and node ids above every initial node), so
 * that they are the same in every run and the first mutations get fresh numbers.
 */
public interface InitialGenomeSource {

    /** A fresh tracker that already knows the innovations and node ids of the initial genomes. */
    InnovationTracker newTracker();

    /**
     * One initial genome.
     *
     * @param random  the only source of randomness
     * @param tracker where the genome's innovation numbers come from (the tracker of {@link #newTracker()})
     */
    Genome create(RandomGenerator random, Innovations tracker);
}
