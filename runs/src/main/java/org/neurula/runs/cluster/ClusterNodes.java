package org.neurula.runs.cluster;

import java.nio.file.Path;
import org.apache.ignite.Ignite;
import org.apache.ignite.Ignition;
import org.apache.ignite.configuration.DataRegionConfiguration;
import org.apache.ignite.configuration.DataStorageConfiguration;
import org.apache.ignite.configuration.DeploymentMode;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.configuration.SystemDataRegionConfiguration;
import org.apache.ignite.logger.NullLogger;
import org.apache.ignite.spi.communication.tcp.TcpCommunicationSpi;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;

/**
 * Starts the Apache Ignite nodes of a Neurula cluster: workers (server nodes that compute) and the
 * node of the run that hands out the work (a client node, which stores and computes nothing). Every
 * node binds to the settings' address only, finds the others at the listed peers, keeps no data
 * (small memory regions, no persistence) and logs nothing of its own.
 */
public final class ClusterNodes {

    private static final long REGION_BYTES = 64L << 20;
    private static final long SYSTEM_REGION_BYTES = 32L << 20;
    private static final int PORT_RANGE = 10;
    private static final int COMMUNICATION_OFFSET = 100;

    private ClusterNodes() {
    }

    /**
     * Starts a node named {@code name} with {@code settings}: a worker with {@code threads} evaluation
     * threads, or (with {@code client}) a run's node; its files go under {@code workDir}.
     */
    public static Ignite start(String name, ClusterSettings settings, boolean client, int threads, Path workDir) {
        return start(name, settings, client, threads, workDir, 0);
    }

    /**
     * Starts a node as {@link #start(String, ClusterSettings, boolean, int, Path)} does, giving up after
     * {@code joinTimeoutMillis} when it finds no node to join (0: wait for ever). A run's node joins only
     * once a worker is there.
     *
     * @throws org.apache.ignite.IgniteException if the node cannot start or join in time
     */
    public static Ignite start(String name, ClusterSettings settings, boolean client, int threads, Path workDir,
            long joinTimeoutMillis) {
        TcpDiscoveryVmIpFinder finder = new TcpDiscoveryVmIpFinder();
        finder.setAddresses(settings.peers());
        TcpDiscoverySpi discovery = new TcpDiscoverySpi();
        discovery.setIpFinder(finder);
        discovery.setLocalAddress(settings.bindAddress());
        discovery.setLocalPort(settings.port());
        discovery.setLocalPortRange(PORT_RANGE);
        discovery.setJoinTimeout(joinTimeoutMillis);
        TcpCommunicationSpi communication = new TcpCommunicationSpi();
        communication.setLocalAddress(settings.bindAddress());
        communication.setLocalPort(settings.port() + COMMUNICATION_OFFSET);
        communication.setLocalPortRange(PORT_RANGE);
        DataStorageConfiguration storage = new DataStorageConfiguration()
                .setDefaultDataRegionConfiguration(new DataRegionConfiguration().setName("default")
                        .setPersistenceEnabled(false).setInitialSize(REGION_BYTES).setMaxSize(REGION_BYTES))
                .setSystemDataRegionConfiguration(new SystemDataRegionConfiguration()
                        .setInitialSize(SYSTEM_REGION_BYTES / 2).setMaxSize(SYSTEM_REGION_BYTES));
        IgniteConfiguration config = new IgniteConfiguration()
                .setIgniteInstanceName(name)
                .setClientMode(client)
                .setDiscoverySpi(discovery)
                .setCommunicationSpi(communication)
                .setLocalHost(settings.bindAddress())
                .setWorkDirectory(workDir.toAbsolutePath().toString())
                .setPeerClassLoadingEnabled(settings.peerClassLoading())
                .setDeploymentMode(DeploymentMode.SHARED)
                .setDataStorageConfiguration(storage)
                .setMetricsLogFrequency(0)
                .setPublicThreadPoolSize(Math.max(1, threads));
        config.setGridLogger(new NullLogger());
        return Ignition.start(config);
    }
}
