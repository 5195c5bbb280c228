package org.neurula.visualizer.cli;

import java.util.Locale;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.substrate.Panels;
import org.neurula.visualizer.substrate.SubstrateOptions;
import picocli.CommandLine.Option;

/**
 * The options {@code render} and {@code view} share for a genome file with a grown network (the
 * {@code "phenotype"} a run with an indirect encoding such as HyperNEAT saves); other genomes ignore them.
 */
final class SubstrateFlags {

    @Option(names = "--panels", paramLabel = "both|cppn|substrate", defaultValue = "both",
            description = {"for a genome with a grown network (HyperNEAT): draw the CPPN (the genome) beside the"
                + " substrate network at its node coordinates (both, the default), or only one of them"})
    String panels;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + SubstrateOptions.DEFAULT_MAX_CONNECTIONS,
            description = {"for a grown network: draw only its N strongest connections by |weight| (default"
                + " ${DEFAULT-VALUE}; 0 draws all); the legend says how many are shown"})
    int maxConnections;

    /** The options these flags ask for. */
    SubstrateOptions options() {
        Panels chosen;
        try {
            chosen = Panels.valueOf(panels.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--panels " + panels + ": not a choice; give both, cppn or substrate");
        }
        if (maxConnections < 0) {
            throw new BadInputException("--max-connections cannot be negative (" + maxConnections
                    + "); give 0 to draw every connection");
        }
        return new SubstrateOptions(chosen, maxConnections);
    }
}
