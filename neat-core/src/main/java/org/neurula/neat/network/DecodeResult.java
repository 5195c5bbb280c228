package org.neurula.neat.network;

/** What a {@link GenomeDecoder} made of a genome: a blueprint, or a rejection with its reason. */
public sealed interface DecodeResult {

    /** A successful decoding. */
    record Decoded(NetworkBlueprint blueprint) implements DecodeResult {
    }

    /** The genome cannot be expressed; the engine gives it the task's null fitness. */
    record Rejected(String reason) implements DecodeResult {
    }
}
