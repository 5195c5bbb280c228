package org.neurula.runs.cluster;

import java.io.IOException;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.EvaluationOutcome;
import org.neurula.neat.engine.EvaluationRequest;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.LocalEvaluation;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.random.RandomSource;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigLoader;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;

/**
 * What a worker keeps for one run: the run's config read from the text the run sent, its task, the
 * decoder and compiler of its encoding, and one evaluator per thread, so that a genome evaluated here
 * gives exactly what it gives in the run's own JVM ({@link LocalEvaluation#evaluateOne}). Kept in the
 * worker node's local map, one per config, for as long as the worker lives.
 */
final class WorkerContext {

    private final RandomSource random;
    private final GenomeDecoder decoder;
    private final NetworkCompiler compiler;
    private final ThreadLocal<Evaluator> evaluators;
    private final ActivationRegistry activations = ActivationRegistry.withBuiltIns();

    private WorkerContext(RunConfig config) {
        Task task = config.task().create();
        this.random = new RandomSource(config.run().seed());
        this.decoder = GenomeEncoding.of(config, task).decoder();
        this.compiler = NetworkCompiler.of(config.parameters());
        this.evaluators = ThreadLocal.withInitial(task::newEvaluator);
    }

    /**
     * Reads the run's config from {@code yaml}.
     *
     * @throws IllegalStateException naming every problem when this worker cannot read it (typically a
     *         task that is not on the worker's class path)
     */
    static WorkerContext of(String yaml) {
        try {
            return new WorkerContext(new ConfigLoader(TaskRegistry.load()).loadText(yaml, "the run's config"));
        } catch (ConfigException e) {
            // the message alone, without the cause: the run shows the deepest message of what a job threw
            throw new IllegalStateException("this worker cannot read the run's config: " + e.getMessage()
                    + " (a task of your own must be on the worker's class path too: start the worker with its jar"
                    + " in NEURULA_CLASSPATH)");
        }
    }

    /** Evaluates the genome written as {@code genomeJson}, number {@code id} of {@code generation}. */
    EvaluationOutcome evaluate(long generation, long id, String genomeJson) {
        try {
            EvaluationRequest request = new EvaluationRequest(generation, id,
                    GenomeJson.read(Json.COMPACT.readTree(genomeJson), activations));
            return LocalEvaluation.evaluateOne(request, random, decoder, compiler, evaluators.get());
        } catch (IOException | RuntimeException e) {
            return EvaluationOutcome.failed("the worker could not read the genome: " + e.getMessage());
        }
    }
}
