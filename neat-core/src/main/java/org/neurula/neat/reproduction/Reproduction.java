package org.neurula.neat.reproduction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.random.RandomGenerator;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.ReproductionParameters.ParentRule;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.innovation.Innovations;
import org.neurula.neat.innovation.ProvisionalInnovations;
import org.neurula.neat.innovation.Renumbering;
import org.neurula.neat.parallel.ParallelRange;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.neat.variation.Crossover;
import org.neurula.neat.variation.Mutation;
import org.neurula.neat.variation.VariationContext;

/**
 * Makes the next generation (Stanley &amp; Miikkulainen 2002, section 3.3): explicit fitness sharing
 * (a species' weight is the sum of its members' score divided by its size, scores shifted to be
 * non-negative when some are negative); offspring split exactly among eligible species by
 * {@link OffspringAllocation}; the champion of each species with at least
 * {@code eliteMinSpeciesSize} members copied unchanged (and, with {@code keepChampion}, the
 * population's best genome whatever the size of its species); parents drawn from the best
 * {@code survivalThreshold} of each species; {@code mutationOnly} of the offspring made by mutation
 * alone, the rest by crossover of two different parents (with a mate from another species at rate
 * {@code interspeciesMating}) followed by mutation unless the {@code mateOnly} draw says otherwise.
 *
 * <p>With {@code parentRule: RELEASE} the species rules of the NEAT C++ release apply instead: the
 * champion is copied when the species gets at least {@code eliteMinSpeciesSize} offspring, the best
 * floor(survivalThreshold·n + 1) members parent, and the father is drawn independently of the mother,
 * so both may be the same genome; that offspring is made by mutation alone.
 *
 * <p>An offspring whose mutation changed nothing is marked as a copy of its parent, like an elite,
 * so a deterministic task need not evaluate it again.
 *
 * <p>Offspring ids are issued in species order, and each offspring's random generator is derived from
 * (seed, generation, offspring id), so the result depends only on the inputs.
 */
public final class Reproduction {

    private final NeatParameters parameters;
    private final ActivationRegistry activations;
    private final Mutation mutation;
    private final Crossover crossover = new Crossover();

    /** Reproduction with the given parameters and the mutation every offspring goes through. */
    public Reproduction(NeatParameters parameters, ActivationRegistry activations, Mutation mutation) {
        this.parameters = parameters;
        this.activations = activations;
        this.mutation = mutation;
    }

    /** The next generation, bred on the calling thread: exactly {@code populationSize} offspring. */
    public List<Offspring> reproduce(List<SpeciesPool> pools, long generation, RandomSource random,
            InnovationTracker tracker, long firstId) {
        return reproduce(pools, generation, random, tracker, firstId, null);
    }

    /**
     * The next generation: exactly {@code populationSize} offspring, the same whatever
     * {@code executor} is.
     *
     * <p>With an executor, offspring are bred on its threads, each on a
     * {@linkplain ProvisionalInnovations provisional overlay} of the tracker; then, in offspring
     * order, each one's new structure is committed to the tracker and its provisional ids replaced by
     * the real ones, which gives the offspring a sequential run breeds. The rare offspring whose real
     * numbers would not keep the provisional order (another offspring of the generation issued one of
     * its innovations first) is bred again on the tracker, as a sequential run does.
     *
     * @param pools      the species, in id order
     * @param generation the generation being left
     * @param random     the run's random source
     * @param tracker    the run's innovation tracker
     * @param firstId    the id of the first offspring; the others follow consecutively
     * @param executor   the threads to breed on, or null for the calling thread
     */
    public List<Offspring> reproduce(List<SpeciesPool> pools, long generation, RandomSource random,
            InnovationTracker tracker, long firstId, ExecutorService executor) {
        ReproductionParameters rp = parameters.reproduction();
        int[] quota = quotas(pools, rp.populationSize(), rp.minSpeciesOffspring());
        long best = bestMember(pools);
        List<Offspring> next = new ArrayList<>(rp.populationSize());
        List<Birth> births = new ArrayList<>(rp.populationSize());
        long id = firstId;
        for (int s = 0; s < pools.size(); s++) {
            SpeciesPool pool = pools.get(s);
            int count = quota[s];
            if (count == 0) {
                continue;
            }
            List<Parent> members = pool.members();
            boolean release = rp.parentRule() == ParentRule.RELEASE;
            int eliteSize = release ? count : members.size();
            if (eliteSize >= rp.eliteMinSpeciesSize() || (rp.keepChampion() && members.getFirst().id() == best)) {
                Parent champion = members.getFirst();
                next.add(new Offspring(id++, champion.genome(), champion));
                count--;
            }
            List<Parent> parents = members.subList(0, parentCount(rp, members.size()));
            for (int k = 0; k < count; k++) {
                births.add(new Birth(next.size(), id++, parents, s));
                next.add(null);
            }
        }
        Offspring[] born = new Offspring[births.size()];
        if (executor == null) {
            for (int b = 0; b < born.length; b++) {
                born[b] = breed(births.get(b), pools, generation, random, tracker);
            }
        } else {
            ProvisionalInnovations[] overlays = new ProvisionalInnovations[born.length];
            ParallelRange.forEach(executor, born.length, 64, "breeding", b -> {
                overlays[b] = new ProvisionalInnovations(tracker);
                born[b] = breed(births.get(b), pools, generation, random, overlays[b]);
            });
            for (int b = 0; b < born.length; b++) {
                if (overlays[b].isEmpty()) {
                    continue;
                }
                Renumbering renumbering = overlays[b].commit(tracker);
                born[b] = renumbering == null ? breed(births.get(b), pools, generation, random, tracker)
                        : new Offspring(born[b].id(),
                                born[b].genome().renumbered(renumbering::node, renumbering::innovation),
                                born[b].eliteOf());
            }
        }
        for (int b = 0; b < born.length; b++) {
            next.set(births.get(b).slot(), born[b]);
        }
        return next;
    }

    private Offspring breed(Birth birth, List<SpeciesPool> pools, long generation, RandomSource random,
            Innovations innovations) {
        RandomGenerator r = random.generator(generation, birth.id(), Purpose.VARIATION);
        VariationContext context = new VariationContext(r, innovations, parameters, activations);
        return breed(birth.id(), birth.parents(), pools, birth.speciesIndex(), context);
    }

    private Offspring breed(long id, List<Parent> parents, List<SpeciesPool> pools, int speciesIndex,
            VariationContext context) {
        RandomGenerator r = context.random();
        int motherIndex = r.nextInt(parents.size());
        Parent mother = parents.get(motherIndex);
        boolean mutateOnly = r.nextDouble() < parameters.crossover().mutationOnly();
        if (mutateOnly) {
            return mutant(id, mother, context);
        }
        Parent father;
        if (pools.size() > 1 && r.nextDouble() < parameters.crossover().interspeciesMating()) {
            int other = r.nextInt(pools.size() - 1);
            if (other >= speciesIndex) {
                other++;
            }
            father = pools.get(other).members().getFirst();
        } else if (parents.size() > 1 && parameters.reproduction().parentRule() == ParentRule.RELEASE) {
            father = parents.get(r.nextInt(parents.size()));
            if (father == mother) {
                // the release mates the parent with itself, which copies it, and then always mutates
                return mutant(id, mother, context);
            }
        } else if (parents.size() > 1) {
            int k = r.nextInt(parents.size() - 1);
            father = parents.get(k >= motherIndex ? k + 1 : k);
        } else {
            return mutant(id, mother, context);
        }
        boolean equal = mother.score() == father.score();
        Parent fitter = mother.score() >= father.score() ? mother : father;
        Parent weaker = fitter == mother ? father : mother;
        Genome child = crossover.mate(fitter.genome(), weaker.genome(), equal, context);
        if (r.nextDouble() < parameters.crossover().mateOnly()) {
            return new Offspring(id, child, null);
        }
        return new Offspring(id, mutation.apply(child, context), null);
    }

    /**
     * How many of a species' {@code size} members (best first) may parent: ceil(survivalThreshold·size)
     * ({@code STANDARD}) or floor(survivalThreshold·size + 1) as in the NEAT C++ release, at least one
     * and at most all of them.
     */
    private static int parentCount(ReproductionParameters rp, int size) {
        double share = rp.survivalThreshold() * size;
        int count = rp.parentRule() == ParentRule.RELEASE ? (int) Math.floor(share + 1.0) : (int) Math.ceil(share);
        return Math.max(1, Math.min(count, size));
    }

    /** A mutant of {@code parent}; when the mutation changed nothing it is marked as a copy. */
    private Offspring mutant(long id, Parent parent, VariationContext context) {
        Genome child = mutation.apply(parent.genome(), context);
        return new Offspring(id, child, child == parent.genome() ? parent : null);
    }

    /** The id of the population's best member (the best species champion; ties to the lower id). */
    private static long bestMember(List<SpeciesPool> pools) {
        Parent best = null;
        for (SpeciesPool pool : pools) {
            Parent p = pool.members().getFirst();
            if (best == null || p.score() > best.score() || (p.score() == best.score() && p.id() < best.id())) {
                best = p;
            }
        }
        return best == null ? -1 : best.id();
    }

    private static int[] quotas(List<SpeciesPool> pools, int total, int minimum) {
        double minScore = Double.POSITIVE_INFINITY;
        for (SpeciesPool pool : pools) {
            for (Parent p : pool.members()) {
                minScore = Math.min(minScore, p.score());
            }
        }
        double shift = minScore < 0 ? -minScore : 0.0;
        double[] weights = new double[pools.size()];
        boolean[] eligible = new boolean[pools.size()];
        for (int s = 0; s < pools.size(); s++) {
            SpeciesPool pool = pools.get(s);
            double sum = 0;
            for (Parent p : pool.members()) {
                sum += p.score() + shift;
            }
            weights[s] = sum / pool.members().size();
            eligible[s] = pool.eligible();
        }
        return OffspringAllocation.allocate(weights, eligible, total, minimum);
    }

    /** An offspring to breed: its place in the generation, its id, its species' parents and species. */
    private record Birth(int slot, long id, List<Parent> parents, int speciesIndex) {
    }
}
