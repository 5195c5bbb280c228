package org.neurula.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteException;
import org.apache.ignite.Ignition;
import org.neurula.runs.cluster.ClusterNodes;
import org.neurula.runs.cluster.ClusterSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neurula worker}: join a cluster and evaluate the genomes runs send to it, until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Join a cluster and evaluate genomes for runs started with --cluster, until stopped (Ctrl-C).",
            "Listens on --bind only. A run's config and genomes come over the network; the task's code must be on"
                + " this worker's class path (NEURULA_CLASSPATH=my-tasks.jar for a task of your own)."})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--threads", paramLabel = "N", description = "evaluation threads (default: this machine's processors)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterSettings settings;
        try {
            settings = cluster.settings(true).orElseThrow();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            err.println("error: --threads must be at least 1, not " + n);
            return ExitCodes.BAD_INPUT;
        }
        String name = "neurula-worker-" + ProcessHandle.current().pid();
        Path work = Files.createTempDirectory("neurula-worker-");
        Ignite ignite;
        try {
            ignite = ClusterNodes.start(name, settings, false, n, work);
        } catch (IgniteException e) {
            err.println("error: cannot join the cluster at " + settings.peers() + " from " + settings.bindAddress()
                    + ": " + e.getMessage() + "; check --bind, --port and --cluster");
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Ignition.stop(name, true);
            stopped.countDown();
        }, "neurula-worker-stop"));
        out.printf("worker %s ready: %d threads, listening on %s from port %d, cluster %s (%d nodes)%n", name, n,
                settings.bindAddress(), settings.port(), String.join(",", settings.peers()),
                ignite.cluster().nodes().size());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
