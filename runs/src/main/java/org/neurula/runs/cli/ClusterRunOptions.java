package org.neurula.runs.cli;

import picocli.CommandLine.Option;

/** How {@code run}, {@code resume} and {@code bench} use a cluster ({@link ClusterOptions}): waiting and embedding. */
final class ClusterRunOptions {

    @Option(names = "--worker-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "with --cluster: how long a generation waits for a first worker (default ${DEFAULT-VALUE})")
    int workerWaitSeconds;

    @Option(names = "--embed", description = "with --cluster: this run's node is a worker too (with run.threads"
            + " threads), so the cluster needs no other; workers that join share the work")
    boolean embed;
}
