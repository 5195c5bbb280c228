package org.neurula.fitness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.network.Network;

/**
 * A problem evolution solves. A task sees networks, never genomes: it declares how many inputs and
 * outputs a network needs and creates evaluators that run one network's whole lifetime.
 *
 * <pre>{@code
 * Task task = Task.of(2, 1, net -> 1.0 - Math.abs(net.activate(1, 0)[0] - 1.0));
 * }</pre>
 */
public interface Task {

    /** Number of network inputs (the bias is added by Neurula). */
    int inputs();

    /** Number of network outputs. */
    int outputs();

    /** Whether the same network always gets the same fitness; then unchanged elites are not re-evaluated. */
    default boolean deterministic() {
        return true;
    }

    /** The fitness of a network that could not be built or whose evaluation failed. */
    default double nullFitness() {
        return 0.0;
    }

    /**
     * Scores that results read against, such as a theoretical optimum or the best a non-learning
     * network can expect; none by default.
     */
    default List<ReferenceScore> referenceScores() {
        return List.of();
    }

    /**
     * A test that one champion per generation must pass for the run to count as solved, as the NEAT
     * release does for double pole balancing without velocities (the champion of the best species not
     * yet tested since it last improved); when present, the solved flags of ordinary evaluations are
     * ignored. Asked for once per run and called from one thread.
     */
    default Optional<Predicate<Network>> championTest() {
        return Optional.empty();
    }

    /**
     * Where the task's inputs and outputs lie in space, for indirect encodings (HyperNEAT and its
     * relatives) that place substrate nodes by coordinates. The default spreads the inputs over a
     * line at y = -1 and the outputs over a line at y = 1 ({@link Geometry#lines}); tasks with a
     * natural layout (a retina, a visual field) override it.
     */
    default Geometry geometry() {
        return Geometry.lines(inputs(), outputs());
    }

    /**
     * Named measurements of a network beyond its fitness, in the task's own units, for reports and
     * benchmarks: for example the boxes task's mean distance error and the fraction of exact answers.
     * The map's iteration order is the order reports list them; none by default. Benchmarks ask for the
     * measures of each run's champion, possibly from several threads at once, so an implementation must
     * not keep state between calls; a stochastic task measures on trials of its own choosing (a fixed
     * set, so that the same network always gets the same measures).
     *
     * <pre>{@code
     * double error = boxes.measures(network).get("meanDistanceError");
     * }</pre>
     *
     * @throws IllegalArgumentException if the network's inputs or outputs do not fit the task
     */
    default Map<String, Double> measures(Network network) {
        return Map.of();
    }

    /** A new evaluator; stateful evaluators are created once per evaluation thread. */
    Evaluator newEvaluator();

    /**
     * A deterministic task from a fitness function; it is never marked solved, so a run of it goes
     * to its generation limit (give a {@code solvedAt} fitness to stop at success).
     *
     * @param fitness a stateless function of the network
     */
    static Task of(int inputs, int outputs, ToDoubleFunction<Network> fitness) {
        return new LambdaTask(inputs, outputs, (network, context) -> Fitness.of(fitness.applyAsDouble(network)));
    }

    /**
     * A deterministic task from a fitness function (higher is better) that counts a network as solved
     * when its fitness reaches {@code solvedAt}.
     *
     * @param fitness  a stateless function of the network
     * @param solvedAt the fitness at and above which a network solves the task
     */
    static Task of(int inputs, int outputs, ToDoubleFunction<Network> fitness, double solvedAt) {
        if (Double.isNaN(solvedAt)) {
            throw new IllegalArgumentException("solvedAt must be a number, was NaN");
        }
        return new LambdaTask(inputs, outputs, (network, context) -> {
            double value = fitness.applyAsDouble(network);
            return new Fitness(value, value >= solvedAt);
        });
    }

    /** A deterministic task from an evaluator that decides fitness and success itself. */
    static Task of(int inputs, int outputs, Evaluator evaluator) {
        return new LambdaTask(inputs, outputs, evaluator);
    }
}
