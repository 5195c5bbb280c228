package org.neurula.neat.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.Objective;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomeSource;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.neat.reproduction.Offspring;
import org.neurula.neat.reproduction.Parent;
import org.neurula.neat.reproduction.Reproduction;
import org.neurula.neat.reproduction.SpeciesPool;
import org.neurula.neat.speciation.Speciator;
import org.neurula.neat.speciation.SpeciesRecord;
import org.neurula.neat.variation.NeatMutation;

/**
 * The NEAT generation loop. Each step evaluates the current population (in parallel), speciates
 * it, publishes an immutable {@link Generation} to the listeners and the caller, and breeds the next
 * population. Results depend only on the seed and the parameters, not on the number of threads.
 *
 * <pre>{@code
 * try (Engine engine = Engine.builder(2, 1, () -> myEvaluator).seed(7).threads(4).build()) {
 *     Generation last = engine.stream().limit(300).filter(Generation::solved).findFirst().orElseThrow();
 * }
 * }</pre>
 *
 * Not thread-safe: one thread drives an engine.
 */
public final class Engine implements AutoCloseable {

    private final NeatParameters parameters;
    private final RandomSource random;
    private final GenomeDecoder decoder;
    private final NetworkCompiler compiler;
    private final EvaluationBackend evaluation;
    private final boolean ownsEvaluation;
    private final boolean deterministic;
    private final double nullFitness;
    private final List<EngineListener> listeners;
    private final ExecutorService executor;
    private final Reproduction reproduction;
    private final Reproduction simplifying;
    private final Objective objective;
    private final java.util.function.Predicate<Network> championTest;

    private final InnovationTracker tracker;
    private final Speciator speciator;
    private List<Offspring> population;
    private Fitness[] carried = new Fitness[0];
    private long generation;
    private long nextId;
    private long evaluations;
    private boolean solvedBefore;
    private ComplexityPhase complexity = ComplexityPhase.initial();

    Engine(EngineBuilder b) {
        this.parameters = b.parameters;
        this.random = new RandomSource(b.seed);
        this.decoder = b.decoder;
        this.compiler = NetworkCompiler.of(parameters);
        this.deterministic = b.deterministic;
        this.nullFitness = b.nullFitness;
        this.listeners = List.copyOf(b.listeners);
        this.executor = b.threads > 1 ? Executors.newFixedThreadPool(b.threads, runnable -> {
            Thread t = new Thread(runnable, "neurula-eval");
            t.setDaemon(true);
            return t;
        }) : null;
        this.ownsEvaluation = b.evaluation == null;
        this.evaluation = b.evaluation != null ? b.evaluation
                : new LocalEvaluation(b.seed, decoder, compiler, b.evaluatorFactory, executor);
        this.objective = parameters.reproduction().objective();
        this.championTest = b.championTest;
        ActivationRegistry activations = b.activations;
        this.reproduction = new Reproduction(parameters, activations, new NeatMutation(parameters.mutation(),
                parameters.plasticity(), parameters.network().pruning()));
        NeatParameters simple = parameters.complexity().simplifying(parameters);
        this.simplifying = new Reproduction(simple, activations, new NeatMutation(simple.mutation(),
                simple.plasticity(), simple.network().pruning()));
        PruningParameters pruning = parameters.network().pruning();
        PruningGenes startingPruning = pruning.enabled() && pruning.evolve() ? pruning.initialGenes() : null;
        InitialGenomeSource initial = b.initialGenomes != null ? b.initialGenomes
                : new InitialGenomes(b.inputs, b.outputs, parameters.genome(),
                        activations.get(parameters.genome().outputActivation()),
                        activations.get("identity"), parameters.plasticity());
        if (b.resumeFrom == null) {
            this.tracker = initial.newTracker();
            this.speciator = new Speciator(parameters.speciation(), parameters.plasticity());
            int size = parameters.reproduction().populationSize();
            List<Offspring> first = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Genome genome = initial.create(random.generator(0, i, Purpose.INITIAL_POPULATION), tracker);
                if (startingPruning != null && genome.pruning() == null) {
                    genome = genome.withPruning(startingPruning);
                }
                first.add(new Offspring(i, genome, null));
            }
            this.population = first;
            this.nextId = size;
        } else {
            EngineState state = b.resumeFrom;
            this.tracker = InnovationTracker.restore(state.innovations());
            List<SpeciesRecord> records = new ArrayList<>(state.species().size());
            for (SpeciesState s : state.species()) {
                records.add(SpeciesRecord.restore(s.id(), s.bornGeneration(), s.representative(), s.bestScore(),
                        s.lastImprovedGeneration(), s.checked()));
            }
            this.speciator = Speciator.restore(parameters.speciation(), parameters.plasticity(), records, state.nextSpeciesId(),
                    state.threshold());
            List<Offspring> members = new ArrayList<>(state.population().size());
            Fitness[] carriedFitness = new Fitness[state.population().size()];
            for (int i = 0; i < state.population().size(); i++) {
                PopulationEntry e = state.population().get(i);
                members.add(new Offspring(e.id(), e.genome(), null));
                carriedFitness[i] = e.carried();
            }
            this.population = members;
            this.carried = carriedFitness;
            this.generation = state.generation();
            this.nextId = state.nextId();
            this.evaluations = state.evaluations();
            this.solvedBefore = state.solvedBefore();
            this.complexity = state.complexity();
        }
    }

    /**
     * The state between generations: what {@link EngineBuilder#resume(EngineState)} needs to continue
     * this run exactly. Cheap: genomes are immutable and shared.
     */
    public EngineState state() {
        List<PopulationEntry> entries = new ArrayList<>(population.size());
        for (int i = 0; i < population.size(); i++) {
            Offspring o = population.get(i);
            entries.add(new PopulationEntry(o.id(), o.genome(), i < carried.length ? carried[i] : null));
        }
        List<SpeciesState> species = new ArrayList<>();
        for (SpeciesRecord s : speciator.species()) {
            species.add(new SpeciesState(s.id(), s.bornGeneration(), s.representative(), s.bestScore(),
                    s.lastImprovedGeneration(), s.checked()));
        }
        return new EngineState(generation, nextId, evaluations, solvedBefore, entries, tracker.snapshot(), species,
                speciator.nextSpeciesId(), speciator.threshold(), complexity);
    }

    /**
     * A builder for a task with {@code inputs} inputs (the bias is added) and {@code outputs}
     * outputs, whose evaluators come from {@code evaluatorFactory} (called once per thread).
     */
    public static EngineBuilder builder(int inputs, int outputs, Supplier<Evaluator> evaluatorFactory) {
        return new EngineBuilder(inputs, outputs, evaluatorFactory);
    }

    /** Runs one generation: evaluate, speciate, report, breed. */
    public Generation step() {
        long started = System.nanoTime();
        for (EngineListener l : listeners) {
            l.onGenerationStart(generation);
        }
        int size = population.size();
        Fitness[] results = new Fitness[size];
        String[] failures = new String[size];
        int evaluated = evaluate(results, failures);
        double evaluationSeconds = (System.nanoTime() - started) / 1e9;
        evaluations += evaluated;
        int failed = 0;
        for (int i = 0; i < size; i++) {
            if (failures[i] != null) {
                failed++;
                for (EngineListener l : listeners) {
                    l.onEvaluationFailed(generation, population.get(i).id(), failures[i]);
                }
            }
        }

        List<Genome> genomes = new ArrayList<>(size);
        double[] scores = new double[size];
        for (int i = 0; i < size; i++) {
            genomes.add(population.get(i).genome());
            scores[i] = objective.toScore(results[i].value());
        }
        double threshold = speciator.threshold();
        IntArrayList extinct = speciator.speciate(genomes, scores, generation, executor);
        for (int k = 0; k < extinct.size(); k++) {
            for (EngineListener l : listeners) {
                l.onSpeciesExtinct(generation, extinct.get(k));
            }
        }

        int[] speciesOf = new int[size];
        List<SpeciesRecord> records = speciator.species();
        for (SpeciesRecord s : records) {
            for (int k = 0; k < s.members().size(); k++) {
                speciesOf[s.members().get(k)] = s.id();
            }
        }
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Offspring o = population.get(i);
            boolean memberSolved = championTest == null && results[i].solved();
            members.add(new Member(o.id(), o.genome(), results[i].value(), memberSolved, speciesOf[i]));
        }
        if (championTest != null) {
            int tested = ChampionTestCandidate.choose(records, scores, members);
            Member candidate = members.get(tested);
            if (passesChampionTest(candidate)) {
                members.set(tested, new Member(candidate.id(), candidate.genome(), candidate.fitness(), true,
                        candidate.speciesId()));
            }
        }
        Member champion = champion(members);
        boolean solved = champion.solved();

        List<SpeciesPool> pools = new ArrayList<>(records.size());
        List<Species> speciesSnapshots = new ArrayList<>(records.size());
        int stagnationLimit = parameters.reproduction().stagnationLimit();
        IntHashSet protectedSpecies = bestSpecies(records, parameters.reproduction().protectedSpecies());
        for (SpeciesRecord s : records) {
            List<Parent> parents = new ArrayList<>(s.members().size());
            double sum = 0;
            for (int k = 0; k < s.members().size(); k++) {
                int i = s.members().get(k);
                parents.add(new Parent(members.get(i).id(), genomes.get(i), scores[i], results[i].value(),
                        results[i].solved()));
                sum += results[i].value();
            }
            parents.sort(Comparator.comparingDouble(Parent::score).reversed()
                    .thenComparingInt((Parent p) -> p.genome().connections().size()).thenComparingLong(Parent::id));
            boolean holdsBest = parents.stream().anyMatch(p -> p.id() == champion.id());
            boolean eligible = s.stagnation(generation) < stagnationLimit || holdsBest
                    || protectedSpecies.contains(s.id());
            pools.add(new SpeciesPool(s.id(), parents, eligible));
            speciesSnapshots.add(new Species(s.id(), (int) (generation - s.bornGeneration()), parents.size(),
                    objective == Objective.MAXIMIZE ? s.bestScore() : -s.bestScore(), s.stagnation(generation),
                    parents.getFirst().id(), sum / parents.size()));
        }
        speciator.advance(genomes, scores, random.generator(generation, 0, Purpose.SPECIATION));

        double meanGenes = 0;
        for (Genome g : genomes) {
            meanGenes += g.connections().size();
        }
        complexity = complexity.next(parameters.complexity(), meanGenes / size, generation);
        Reproduction breeding = complexity.simplifying() ? simplifying : reproduction;
        List<Offspring> next = breeding.reproduce(pools, generation, random, tracker, nextId, executor);
        nextId += next.size();
        Generation snapshot = new Generation(generation, members, speciesSnapshots, champion, evaluations, evaluated,
                solved, threshold, failed, complexity.simplifying(),
                new GenerationTiming(evaluationSeconds, (System.nanoTime() - started) / 1e9));
        population = next;
        Fitness[] carried = new Fitness[next.size()];
        for (int i = 0; i < next.size(); i++) {
            Parent elite = next.get(i).eliteOf();
            if (elite != null) {
                carried[i] = new Fitness(elite.fitness(), elite.solved());
            }
        }
        this.carried = carried;
        for (EngineListener l : listeners) {
            l.onGenerationEnd(snapshot);
        }
        if (solved && !solvedBefore) {
            solvedBefore = true;
            for (EngineListener l : listeners) {
                l.onSolved(snapshot);
            }
        }
        generation++;
        return snapshot;
    }

    /** An endless stream of generations; limit it, or stop at a condition with {@code takeWhile}. */
    public Stream<Generation> stream() {
        Iterator<Generation> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Generation next() {
                return step();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    private int evaluate(Fitness[] results, String[] failures) {
        int size = population.size();
        int[] pending = new int[size];
        List<EvaluationRequest> requests = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (deterministic && i < carried.length && carried[i] != null) {
                results[i] = carried[i];
            } else {
                Offspring o = population.get(i);
                pending[requests.size()] = i;
                requests.add(new EvaluationRequest(generation, o.id(), o.genome()));
            }
        }
        if (requests.isEmpty()) {
            return 0;
        }
        List<EvaluationOutcome> outcomes = evaluation.evaluate(requests);
        if (outcomes.size() != requests.size()) {
            throw new IllegalStateException("the evaluation backend returned " + outcomes.size() + " outcomes for "
                    + requests.size() + " genomes");
        }
        for (int k = 0; k < outcomes.size(); k++) {
            EvaluationOutcome outcome = outcomes.get(k);
            int index = pending[k];
            if (outcome.fitness() != null) {
                results[index] = outcome.fitness();
            } else {
                results[index] = new Fitness(nullFitness, false);
                failures[index] = outcome.failure();
            }
        }
        return requests.size();
    }

    private boolean passesChampionTest(Member champion) {
        DecodeResult decoded = decoder.decode(champion.genome());
        if (!(decoded instanceof DecodeResult.Decoded(var blueprint))) {
            return false;
        }
        try {
            return championTest.test(compiler.compile(blueprint, champion.genome()));
        } catch (RuntimeException e) {
            for (EngineListener l : listeners) {
                l.onEvaluationFailed(generation, champion.id(), "champion test: " + e.getClass().getSimpleName() + ": "
                        + e.getMessage());
            }
            return false;
        }
    }

    /** The ids of the {@code count} species with the best scores ever reached (ties to the older species). */
    private static IntHashSet bestSpecies(List<SpeciesRecord> records, int count) {
        IntHashSet ids = new IntHashSet();
        if (count <= 0) {
            return ids;
        }
        List<SpeciesRecord> ranked = new ArrayList<>(records);
        ranked.sort(Comparator.comparingDouble(SpeciesRecord::bestScore).reversed()
                .thenComparingInt(SpeciesRecord::id));
        for (int k = 0; k < Math.min(count, ranked.size()); k++) {
            ids.add(ranked.get(k).id());
        }
        return ids;
    }

    private Member champion(List<Member> members) {
        Member best = null;
        for (Member m : members) {
            if (best == null || better(m, best)) {
                best = m;
            }
        }
        return best;
    }

    private boolean better(Member a, Member b) {
        if (a.solved() != b.solved()) {
            return a.solved();
        }
        return objective.isBetter(a.fitness(), b.fitness());
    }

    /** The generation the next {@link #step()} will run. */
    public long generation() {
        return generation;
    }

    /** Evaluations performed so far. */
    public long evaluations() {
        return evaluations;
    }

    /** The run's innovation tracker (read it; do not mutate it from outside a step). */
    public InnovationTracker tracker() {
        return tracker;
    }

    @Override
    public void close() {
        if (ownsEvaluation) {
            evaluation.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
