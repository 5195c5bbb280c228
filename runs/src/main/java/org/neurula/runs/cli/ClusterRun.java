package org.neurula.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.neurula.neat.engine.EngineListener;
import org.neurula.neat.engine.EvaluationUnavailableException;
import org.neurula.runs.EvolutionRun;
import org.neurula.runs.RunResult;
import org.neurula.runs.checkpoint.Checkpoint;
import org.neurula.runs.cluster.ClusterEvaluation;
import org.neurula.runs.cluster.ClusterSettings;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.Json;

/**
 * Runs an evolution for {@code run} and {@code resume}: in this JVM, or with {@code --cluster} on the
 * cluster's workers. A cluster that cannot evaluate ends the run with a message, the generations
 * before it checkpointed in the run directory.
 */
final class ClusterRun {

    /** The outcome: a result, or the exit code of a refusal already printed. */
    record Outcome(RunResult result, int exitCode) {
    }

    private ClusterRun() {
    }

    /** The resolved config as the YAML text workers read. */
    static String yaml(RunConfig resolved) throws IOException {
        return Json.YAML.writeValueAsString(
                new org.neurula.runs.config.ConfigLoader(org.neurula.fitness.TaskRegistry.load()).toTree(resolved));
    }

    static Outcome execute(RunConfig resolved, Path dir, List<EngineListener> listeners, Checkpoint resume,
            ClusterOptions cluster, ClusterRunOptions clusterRun, PrintWriter out, PrintWriter err)
            throws IOException {
        Optional<ClusterSettings> settings;
        try {
            settings = cluster.settings(false);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return new Outcome(null, ExitCodes.BAD_INPUT);
        }
        if (settings.isEmpty()) {
            return new Outcome(EvolutionRun.execute(resolved, dir, listeners, resume), ExitCodes.OK);
        }
        if (!resolved.run().algorithm().equals("neat")) {
            err.println("error: --cluster evaluates NEAT runs; run.algorithm " + resolved.run().algorithm()
                    + " evaluates in this JVM; leave --cluster out");
            return new Outcome(null, ExitCodes.BAD_INPUT);
        }
        if (clusterRun.workerWaitSeconds < 1) {
            err.println("error: --worker-wait must be at least 1 second, not " + clusterRun.workerWaitSeconds);
            return new Outcome(null, ExitCodes.BAD_INPUT);
        }
        String yaml = yaml(resolved);
        try (ClusterEvaluation evaluation = clusterRun.embed
                ? ClusterEvaluation.embedded(settings.get(), yaml, resolved.run().threads())
                : ClusterEvaluation.of(settings.get(), yaml, clusterRun.workerWaitSeconds * 1000L)) {
            out.printf("evaluating on the cluster at %s%s%n", String.join(",", settings.get().peers()),
                    clusterRun.embed ? ", this run's node a worker too" : "");
            out.flush();
            return new Outcome(EvolutionRun.execute(resolved, dir, listeners, resume, evaluation), ExitCodes.OK);
        } catch (EvaluationUnavailableException e) {
            err.println("error: " + e.getMessage());
            err.println("the generations before it are saved in " + dir + "; continue with neurula resume " + dir
                    + " --cluster " + String.join(",", settings.get().peers()));
            return new Outcome(null, ExitCodes.FAILURE);
        }
    }
}
