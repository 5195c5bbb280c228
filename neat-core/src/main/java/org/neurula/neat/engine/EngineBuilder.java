package org.neurula.neat.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.genome.InitialGenomeSource;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.GenomeDecoder;

/** Configures an {@link Engine}; every setting has the NEAT paper's default. */
public final class EngineBuilder {

    final int inputs;
    final int outputs;
    final Supplier<Evaluator> evaluatorFactory;
    NeatParameters parameters = NeatParameters.defaults();
    long seed;
    int threads = 1;
    boolean deterministic = true;
    double nullFitness;
    GenomeDecoder decoder;
    InitialGenomeSource initialGenomes;
    ActivationRegistry activations = ActivationRegistry.withBuiltIns();
    final List<EngineListener> listeners = new ArrayList<>();
    EngineState resumeFrom;
    java.util.function.Predicate<org.neurula.neat.network.Network> championTest;
    EvaluationBackend evaluation;

    EngineBuilder(int inputs, int outputs, Supplier<Evaluator> evaluatorFactory) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.evaluatorFactory = evaluatorFactory;
    }

    /** The NEAT parameters (default: the paper's). */
    public EngineBuilder parameters(NeatParameters value) {
        this.parameters = value;
        return this;
    }

    /** The run seed (default 0). */
    public EngineBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    /** Evaluation threads (default 1); results do not depend on it. */
    public EngineBuilder threads(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + value);
        }
        this.threads = value;
        return this;
    }

    /**
     * Whether evaluating the same network twice gives the same fitness (default true); then copies
     * of elites are not evaluated again.
     */
    public EngineBuilder deterministic(boolean value) {
        this.deterministic = value;
        return this;
    }

    /** The fitness given to genomes whose evaluation fails (default 0). */
    public EngineBuilder nullFitness(double value) {
        this.nullFitness = value;
        return this;
    }

    /** How genomes become networks (default: {@link DirectDecoder}). */
    public EngineBuilder decoder(GenomeDecoder value) {
        this.decoder = value;
        return this;
    }

    /**
     * Where the first generation's genomes and the run's innovation tracker come from (default:
     * {@link InitialGenomes} for the builder's inputs and outputs, with the genome, plasticity and
     * activation settings of the parameters). With a source of its own, the builder's input and output
     * counts are not used to make genomes; they should still be the source's genome inputs and outputs.
     * Ignored when resuming, whose tracker and population come from the saved state.
     */
    public EngineBuilder initialGenomes(InitialGenomeSource value) {
        this.initialGenomes = java.util.Objects.requireNonNull(value, "value");
        return this;
    }

    /** The activation functions available to the run (default: the built-ins). */
    public EngineBuilder activations(ActivationRegistry value) {
        this.activations = value;
        return this;
    }

    /** Adds a listener. */
    public EngineBuilder listener(EngineListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * A test one network per generation must pass for the generation to count as solved (the NEAT
     * release's protocol for double pole balancing without velocities): the champion of the best
     * species not tested since it last improved, or of the best species if all were tested (see
     * {@link ChampionTestCandidate}). With a test, the solved flags evaluators return are ignored. It
     * runs on the engine's thread, once per generation.
     */
    public EngineBuilder championTest(java.util.function.Predicate<org.neurula.neat.network.Network> test) {
        this.championTest = java.util.Objects.requireNonNull(test, "test");
        return this;
    }

    /**
     * Where genomes are evaluated (default: {@link LocalEvaluation} on this engine's threads, with the
     * evaluators of the factory). The backend must compute what {@link LocalEvaluation#evaluateOne}
     * computes for this run's decoder, compiler, task and seed; the caller keeps it and closes it.
     */
    public EngineBuilder evaluation(EvaluationBackend backend) {
        this.evaluation = java.util.Objects.requireNonNull(backend, "backend");
        return this;
    }

    /**
     * Continue from a saved state instead of creating an initial population. With the same
     * parameters, seed and task, the engine then produces exactly the generations the engine that
     * saved the state would have produced next.
     */
    public EngineBuilder resume(EngineState state) {
        this.resumeFrom = java.util.Objects.requireNonNull(state, "state");
        return this;
    }

    /**
     * Builds the engine and its initial population (or the resumed one).
     *
     * @throws IllegalArgumentException listing every out-of-range parameter
     */
    public Engine build() {
        List<ParameterProblems.Problem> problems = parameters.problems();
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("invalid NEAT parameters:");
            for (ParameterProblems.Problem p : problems) {
                message.append("\n  ").append(p.path()).append(": ").append(p.message());
            }
            throw new IllegalArgumentException(message.toString());
        }
        for (String id : parameters.genome().activationChoices()) {
            activations.get(id);
        }
        if (!parameters.genome().randomHiddenActivation()) {
            activations.get(parameters.genome().hiddenActivation());
        }
        activations.get(parameters.genome().outputActivation());
        if (decoder == null) {
            decoder = new DirectDecoder(parameters.genome().recurrent());
        }
        if (resumeFrom != null && resumeFrom.population().size() != parameters.reproduction().populationSize()) {
            throw new IllegalArgumentException("the saved population has " + resumeFrom.population().size()
                    + " members but reproduction.populationSize is " + parameters.reproduction().populationSize());
        }
        return new Engine(this);
    }
}
