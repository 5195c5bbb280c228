package org.neurula.neat.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.parallel.ParallelRange;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;

/**
 * Evaluates genomes in this JVM: each is decoded, compiled and scored by an evaluator of this thread
 * (one per thread, from the factory), one task per genome spread over the run's threads (or on the
 * calling thread when there is no executor). {@link #evaluateOne} is the single evaluation any backend
 * performs, so a worker elsewhere computes exactly what this one does.
 */
public final class LocalEvaluation implements EvaluationBackend {

    private final RandomSource random;
    private final GenomeDecoder decoder;
    private final NetworkCompiler compiler;
    private final ThreadLocal<Evaluator> evaluators;
    private final ExecutorService executor;

    /**
     * Evaluation of a run with {@code seed}: genomes decoded by {@code decoder}, compiled by
     * {@code compiler}, scored by evaluators from {@code evaluatorFactory} (called once per thread), on
     * {@code executor}'s threads, or the caller's when it is null (the executor stays the caller's).
     */
    public LocalEvaluation(long seed, GenomeDecoder decoder, NetworkCompiler compiler,
            Supplier<Evaluator> evaluatorFactory, ExecutorService executor) {
        this.random = new RandomSource(seed);
        this.decoder = decoder;
        this.compiler = compiler;
        this.evaluators = ThreadLocal.withInitial(evaluatorFactory);
        this.executor = executor;
    }

    @Override
    public List<EvaluationOutcome> evaluate(List<EvaluationRequest> requests) {
        EvaluationOutcome[] outcomes = new EvaluationOutcome[requests.size()];
        // one task per genome: evaluation costs vary most, so the threads share them out finely
        ParallelRange.forEach(executor, outcomes.length, outcomes.length, "evaluating",
                k -> outcomes[k] = evaluateOne(requests.get(k), random, decoder, compiler, evaluators.get()));
        return Arrays.asList(outcomes);
    }

    /**
     * Evaluates one genome: decode, compile, score with {@code evaluator} in the context of the
     * request, whose generator derives from {@code random} (the run's seed). A rejected genome, an
     * evaluator that throws, and one that returns no finite fitness give a failed outcome.
     */
    public static EvaluationOutcome evaluateOne(EvaluationRequest request, RandomSource random,
            GenomeDecoder decoder, NetworkCompiler compiler, Evaluator evaluator) {
        try {
            DecodeResult decoded = decoder.decode(request.genome());
            if (decoded instanceof DecodeResult.Rejected(String reason)) {
                return EvaluationOutcome.failed("rejected by decoder: " + reason);
            }
            Network network = compiler.compile(((DecodeResult.Decoded) decoded).blueprint(), request.genome());
            EvaluationContext context = new EvaluationContext(
                    random.generator(request.generation(), request.id(), Purpose.EVALUATION), request.generation(),
                    request.id(), 0);
            Fitness fitness = evaluator.evaluate(network, context);
            if (fitness == null || !Double.isFinite(fitness.value())) {
                return EvaluationOutcome.failed("evaluator returned " + (fitness == null ? "null" : fitness.value()));
            }
            return EvaluationOutcome.of(fitness);
        } catch (RuntimeException | StackOverflowError e) {
            return EvaluationOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
