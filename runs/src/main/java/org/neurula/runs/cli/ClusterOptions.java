package org.neurula.runs.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neurula.runs.cluster.ClusterSettings;
import picocli.CommandLine.Option;

/**
 * Where the cluster is, for {@code run}, {@code resume}, {@code bench} (evaluate there) and
 * {@code worker} (join it):
 * {@code --cluster} lists the peers, {@code --bind} the one address this node listens on,
 * {@code --port} its first discovery port.
 */
final class ClusterOptions {

    @Option(names = "--cluster", paramLabel = "PEERS", split = ",",
            description = "where the cluster's nodes are, HOST:PORT or HOST:FIRST..LAST separated by commas, e.g."
                    + " 127.0.0.1:47500..47509 or 10.0.0.5:47500,10.0.0.6:47500 (run, resume, bench: evaluate on its"
                    + " workers; worker: join it, default this machine's ten ports from --port)")
    List<String> peers;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the one address this node listens on (default ${DEFAULT-VALUE}: this machine only)")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ClusterSettings.DEFAULT_PORT,
            description = "the first of ten discovery ports this node tries (default ${DEFAULT-VALUE}); communication"
                    + " uses the ten from PORT + 100")
    int port;

    @Option(names = "--peer-class-loading", description = "Ignite's peer class loading: workers may load classes of"
            + " the work sent to them from the node that sent it (remote code loading; off by default; every node of"
            + " the cluster must agree). Neurula's own work needs none, and tasks are found on each worker's class"
            + " path, so this does not bring a task of your own to the workers")
    boolean peerClassLoading;

    /**
     * The settings, or empty when no cluster was named; {@code required} (a worker) makes a missing
     * {@code --cluster} mean this machine's ten ports from {@code --port}.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    Optional<ClusterSettings> settings(boolean required) {
        if ((peers == null || peers.isEmpty()) && !required) {
            return Optional.empty();
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": not an address of this machine; give one such"
                    + " as 127.0.0.1 or this machine's LAN address");
        }
        if (port < 1024 || port > 65_000 - 110) {
            throw new IllegalArgumentException("--port " + port + ": give a port between 1024 and 64890");
        }
        List<String> list = new ArrayList<>();
        if (peers == null || peers.isEmpty()) {
            list.addAll(ClusterSettings.localPeers(bind, port));
        } else {
            for (String p : peers) {
                String peer = p.strip();
                if (!peer.matches("[^:\\s]+:\\d+(\\.\\.\\d+)?")) {
                    throw new IllegalArgumentException("--cluster " + p + ": write HOST:PORT or HOST:FIRST..LAST, e.g."
                            + " 127.0.0.1:47500..47509");
                }
                list.add(peer);
            }
        }
        return Optional.of(new ClusterSettings(bind, port, list, peerClassLoading));
    }
}
