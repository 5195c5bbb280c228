package org.neurula.runs.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteException;
import org.apache.ignite.Ignition;
import org.apache.ignite.cluster.ClusterGroup;
import org.apache.ignite.cluster.ClusterNode;
import org.neurula.neat.engine.EvaluationBackend;
import org.neurula.neat.engine.EvaluationOutcome;
import org.neurula.neat.engine.EvaluationRequest;
import org.neurula.neat.engine.EvaluationUnavailableException;
import org.neurula.neat.engine.Fitness;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;

/**
 * Evaluates a run's genomes on the workers of a cluster ({@code neurula worker}): the run joins as a
 * client node, cuts each generation's genomes into two batches per worker thread, and sends them with
 * the run's config; a worker that dies mid-generation has its batches run again on the others (Ignite's
 * failover), so the outcomes, and the run, are the same as on one machine. The node joins when the
 * first generation is to be evaluated, and each generation waits for a first worker up to a limit. An
 * embedded node is a worker itself (a server node with the run's threads), so a cluster of one machine
 * needs no {@code neurula worker} at all, and other workers that join share the work.
 */
public final class ClusterEvaluation implements EvaluationBackend {

    private static final int BATCHES_PER_THREAD = 2;

    private Ignite ignite;
    private final String name;
    private final String configYaml;
    private final String configDigest;
    private final long workerWaitMillis;
    private final ClusterSettings settings;
    private final int embeddedThreads;

    private ClusterEvaluation(String name, String configYaml, long workerWaitMillis, ClusterSettings settings,
            int embeddedThreads) {
        this.embeddedThreads = embeddedThreads;
        this.name = name;
        this.configYaml = configYaml;
        this.configDigest = GenomeBatchJob.digest(configYaml);
        this.workerWaitMillis = workerWaitMillis;
        this.settings = settings;
    }

    /**
     * The evaluation of a run whose resolved config is {@code configYaml} on the cluster of
     * {@code settings}; its node joins at the first generation.
     *
     * @param workerWaitMillis how long the node waits for a first worker to join, and a generation for one
     */
    public static ClusterEvaluation of(ClusterSettings settings, String configYaml, long workerWaitMillis) {
        return of(settings, configYaml, workerWaitMillis, "");
    }

    /**
     * As {@link #of(ClusterSettings, String, long)}, its node's name ending in {@code suffix}, so that
     * several runs of one JVM (a benchmark's seeds) each have a node of their own.
     */
    public static ClusterEvaluation of(ClusterSettings settings, String configYaml, long workerWaitMillis,
            String suffix) {
        return new ClusterEvaluation("neurula-run-" + ProcessHandle.current().pid() + suffix, configYaml,
                workerWaitMillis, settings, 0);
    }

    /**
     * The evaluation of a run on a cluster its own node belongs to as a worker with {@code threads}
     * threads: it evaluates genomes itself, and with every worker that joins.
     */
    public static ClusterEvaluation embedded(ClusterSettings settings, String configYaml, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("an embedded worker needs at least one thread, not " + threads);
        }
        return new ClusterEvaluation("neurula-run-" + ProcessHandle.current().pid(), configYaml, 1000, settings,
                threads);
    }

    /** Starts this run's node, once; a cluster without a worker makes it give up after the wait. */
    private void joinOnce() {
        if (ignite != null) {
            return;
        }
        try {
            Path work = Files.createTempDirectory("neurula-cluster-");
            ignite = embeddedThreads > 0 ? ClusterNodes.start(name, settings, false, embeddedThreads, work, 0)
                    : ClusterNodes.start(name, settings, true, 1, work, workerWaitMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory for the cluster node: " + e.getMessage(), e);
        } catch (IgniteException e) {
            throw new EvaluationUnavailableException(noWorker() + " (" + rootMessage(e) + ")", e);
        }
    }

    private String noWorker() {
        return "no worker joined the cluster at " + settings.peers() + " within " + workerWaitMillis / 1000
                + " s; start one with neurula worker --bind " + settings.bindAddress() + " --port " + settings.port()
                + " --cluster " + String.join(",", settings.peers());
    }

    @Override
    public List<EvaluationOutcome> evaluate(List<EvaluationRequest> requests) {
        joinOnce();
        ClusterGroup workers = awaitWorkers();
        int threads = 0;
        for (ClusterNode node : workers.nodes()) {
            threads += Math.max(1, node.metrics().getTotalCpus());
        }
        int batches = Math.max(1, Math.min(requests.size(), threads * BATCHES_PER_THREAD));
        long generation = requests.getFirst().generation();
        List<GenomeBatchJob> jobs = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            int from = (int) ((long) requests.size() * b / batches);
            int to = (int) ((long) requests.size() * (b + 1) / batches);
            long[] ids = new long[to - from];
            String[] genomes = new String[to - from];
            for (int k = from; k < to; k++) {
                EvaluationRequest r = requests.get(k);
                if (r.generation() != generation) {
                    throw new IllegalArgumentException("a batch holds one generation's genomes");
                }
                ids[k - from] = r.id();
                try {
                    genomes[k - from] = Json.COMPACT.writeValueAsString(GenomeJson.genome(r.genome()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            jobs.add(new GenomeBatchJob(configYaml, configDigest, generation, from, ids, genomes));
        }
        Collection<BatchResult> results;
        try {
            results = ignite.compute(workers).call(jobs);
        } catch (IgniteException e) {
            throw new EvaluationUnavailableException("the cluster could not evaluate generation " + generation + ": "
                    + rootMessage(e), e);
        }
        EvaluationOutcome[] outcomes = new EvaluationOutcome[requests.size()];
        for (BatchResult result : results) {
            for (int k = 0; k < result.values.length; k++) {
                outcomes[result.first + k] = result.failures[k] != null ? EvaluationOutcome.failed(result.failures[k])
                        : EvaluationOutcome.of(new Fitness(result.values[k], result.solved[k]));
            }
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                throw new IllegalStateException("the cluster returned no outcome for genome " + requests.get(i).id());
            }
        }
        return Arrays.asList(outcomes);
    }

    /**
     * The workers (server nodes; this one too when embedded), once there is one; waits up to the limit.
     */
    private ClusterGroup awaitWorkers() {
        long deadline = System.nanoTime() + workerWaitMillis * 1_000_000L;
        while (true) {
            ClusterGroup workers = embeddedThreads > 0 ? ignite.cluster().forServers()
                    : ignite.cluster().forServers().forRemotes();
            if (!workers.nodes().isEmpty()) {
                return workers;
            }
            if (System.nanoTime() > deadline) {
                throw new EvaluationUnavailableException(noWorker(), null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EvaluationUnavailableException("interrupted while waiting for a worker", e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    @Override
    public void close() {
        if (ignite != null) {
            Ignition.stop(name, true);
            ignite = null;
        }
    }
}
