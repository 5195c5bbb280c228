package org.neurula.visualizer.substrate;

/**
 * How a genome with a grown network is drawn; genomes without one ignore these.
 *
 * @param panels         the CPPN, the substrate network, or both side by side
 * @param maxConnections draw only this many of the grown network's strongest connections (0 draws all)
 */
public record SubstrateOptions(Panels panels, int maxConnections) {

    /** The connections drawn by default: enough to see a pattern, few enough to see the nodes. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;

    /** Requires panels and a non-negative cap. */
    public SubstrateOptions {
        if (panels == null) {
            throw new IllegalArgumentException("panels must be given");
        }
        if (maxConnections < 0) {
            throw new IllegalArgumentException("the connection cap cannot be negative: " + maxConnections);
        }
    }

    /** Both panels, at most {@value #DEFAULT_MAX_CONNECTIONS} connections. */
    public static SubstrateOptions defaults() {
        return new SubstrateOptions(Panels.BOTH, DEFAULT_MAX_CONNECTIONS);
    }

    /** The same panels with every connection (for exports, which are data rather than pictures). */
    public SubstrateOptions allConnections() {
        return new SubstrateOptions(panels, 0);
    }
}
