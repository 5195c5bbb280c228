package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.NetworkBlueprint;

/** Test helpers around decoding. */
final class Decoding {

    private Decoding() {
    }

    /** The blueprint, failing the test on a rejection. */
    static NetworkBlueprint blueprint(GenomeDecoder decoder, Genome genome) {
        DecodeResult r = decoder.decode(genome);
        if (r instanceof DecodeResult.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.reason());
        }
        return assertInstanceOf(DecodeResult.Decoded.class, r).blueprint();
    }

    /** The rejection's reason, failing the test if the genome was decoded. */
    static String rejection(GenomeDecoder decoder, Genome genome) {
        return assertInstanceOf(DecodeResult.Rejected.class, decoder.decode(genome)).reason();
    }
}
