package org.neurula.runs.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentMap;
import org.apache.ignite.Ignite;
import org.apache.ignite.lang.IgniteCallable;
import org.apache.ignite.resources.IgniteInstanceResource;
import org.neurula.neat.engine.EvaluationOutcome;

/**
 * One worker's share of a generation: a run of consecutive genomes (as JSON), their ids, the
 * generation, and the run's config as YAML text, which the worker reads once and keeps under its
 * digest. Evaluates the genomes one after another on the worker's thread and returns a
 * {@link BatchResult}. Only this class and plain arrays and strings cross the network.
 */
final class GenomeBatchJob implements IgniteCallable<BatchResult> {

    private static final long serialVersionUID = 1L;

    private final String configYaml;
    private final String configDigest;
    private final long generation;
    private final int first;
    private final long[] ids;
    private final String[] genomes;

    @IgniteInstanceResource
    private transient Ignite ignite;

    GenomeBatchJob(String configYaml, String configDigest, long generation, int first, long[] ids, String[] genomes) {
        this.configYaml = configYaml;
        this.configDigest = configDigest;
        this.generation = generation;
        this.first = first;
        this.ids = ids;
        this.genomes = genomes;
    }

    /** The SHA-256 of a config's text, its key in a worker's local map. */
    static String digest(String configYaml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(configYaml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public BatchResult call() {
        ConcurrentMap<String, WorkerContext> contexts = ignite.cluster().nodeLocalMap();
        WorkerContext context = contexts.computeIfAbsent(configDigest, key -> WorkerContext.of(configYaml));
        double[] values = new double[ids.length];
        boolean[] solved = new boolean[ids.length];
        String[] failures = new String[ids.length];
        for (int k = 0; k < ids.length; k++) {
            EvaluationOutcome outcome = context.evaluate(generation, ids[k], genomes[k]);
            if (outcome.fitness() != null) {
                values[k] = outcome.fitness().value();
                solved[k] = outcome.fitness().solved();
            } else {
                failures[k] = outcome.failure();
            }
        }
        return new BatchResult(first, values, solved, failures);
    }
}
