package org.neurula.neat.network;

import org.neurula.neat.genome.Genome;

/**
 * Turns a genome into a network blueprint, or rejects it. Direct NEAT decoding is one decoder;
 * indirect encodings (CPPN to substrate, developmental programs) are others, and the engine does not
 * care which one a run uses. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface GenomeDecoder {

    /** Decodes {@code genome}. */
    DecodeResult decode(Genome genome);
}
