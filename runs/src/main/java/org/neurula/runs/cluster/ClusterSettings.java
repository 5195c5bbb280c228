package org.neurula.runs.cluster;

import java.util.List;

/**
 * How a node joins the cluster: the address it binds to (only that one), the first port of the ten
 * its discovery may take (communication takes the ten from {@code port + 100}), and the addresses of
 * the nodes it looks for ({@code host:port} or {@code host:first..last}). Ignite's peer class
 * loading, off unless asked, lets a node load classes of the work it is sent from the sender; every
 * node of a cluster must agree on it.
 *
 * @param bindAddress      the address this node listens on, e.g. 127.0.0.1
 * @param port             the first discovery port this node tries
 * @param peers            where the other nodes are
 * @param peerClassLoading whether classes of the work a node lacks are loaded from the node that sent it
 */
public record ClusterSettings(String bindAddress, int port, List<String> peers, boolean peerClassLoading) {

    /** The default first discovery port, Ignite's own. */
    public static final int DEFAULT_PORT = 47500;

    /** Copies the peer list. */
    public ClusterSettings {
        peers = List.copyOf(peers);
    }

    /** The peer list a single machine needs: the ten discovery ports from {@code port} on {@code bindAddress}. */
    public static List<String> localPeers(String bindAddress, int port) {
        return List.of(bindAddress + ":" + port + ".." + (port + 9));
    }
}
