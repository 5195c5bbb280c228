package org.neurula.neat.speciation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.random.RandomGenerator;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.parallel.ParallelRange;

/**
 * Divides a population into species (Stanley &amp; Miikkulainen 2002, section 3.3). Each genome, in
 * population order, joins the species whose representative, a random member of the previous
 * generation as in the paper (or its best member, as in the NEAT C++ release, with
 * {@code representative: CHAMPION}), lies nearest and within the threshold δt (ties to the older
 * species; neat-python's rule), or with {@code assignment: FIRST} the first such species in id
 * order (the paper's rule); otherwise it founds a new species and represents it. Species left
 * without members die out. When {@code targetSpecies} is set the threshold moves each generation
 * toward that count by {@code thresholdStep} (dynamic compatibility thresholding). With the
 * nearest-species rule a higher threshold only stops new species from being founded (species end by
 * losing all members, not by merging), so the threshold rises only in a generation that founded
 * species while there were too many; otherwise it would climb far past the population's distances
 * and take many generations to come back when species die out. And while there are too few
 * species and none has been founded for {@code thresholdDropAfter} generations, the threshold falls
 * at once to the largest distance at which a genome joined a species, so that founding resumes.
 *
 * <p>With {@code method: KMEANS} there are exactly {@code targetSpecies} species instead, found by
 * {@link KMeansClustering} around the previous generation's medoids; the threshold is not used.
 */
public final class Speciator {

    private final SpeciationParameters parameters;
    private final CompatibilityDistance distance;
    private final KMeansClustering kmeans;
    private final List<SpeciesRecord> species = new ArrayList<>();
    private int nextSpeciesId;
    private double threshold;
    private int founded;
    /** The largest distance at which a genome joined a species in the last speciation. */
    private double farthest;
    /** The generation last speciated (threshold method). */
    private long speciated;

    /** A speciator with no species yet, for static genomes. */
    public Speciator(SpeciationParameters parameters) {
        this(parameters, PlasticityParameters.defaults());
    }

    /** A speciator with no species yet whose distance also counts plasticity genes. */
    public Speciator(SpeciationParameters parameters, PlasticityParameters plasticity) {
        this.parameters = parameters;
        this.distance = new CompatibilityDistance(parameters, plasticity);
        this.kmeans = new KMeansClustering(distance);
        this.threshold = parameters.threshold();
    }

    /** Restores a speciator's state (checkpoints). */
    public static Speciator restore(SpeciationParameters parameters, List<SpeciesRecord> species, int nextSpeciesId,
            double threshold) {
        return restore(parameters, PlasticityParameters.defaults(), species, nextSpeciesId, threshold);
    }

    /** Restores a speciator's state (checkpoints) for a run that may evolve plasticity. */
    public static Speciator restore(SpeciationParameters parameters, PlasticityParameters plasticity,
            List<SpeciesRecord> species, int nextSpeciesId, double threshold) {
        Speciator speciator = new Speciator(parameters, plasticity);
        speciator.species.addAll(species);
        speciator.nextSpeciesId = nextSpeciesId;
        speciator.threshold = threshold;
        return speciator;
    }

    /**
     * Assigns every genome a species and updates each species' best score.
     *
     * @param genomes    the population
     * @param scores     per genome, fitness turned to maximisation
     * @param generation the current generation
     * @return the ids of species that died out
     */
    public IntArrayList speciate(List<Genome> genomes, double[] scores, long generation) {
        return speciate(genomes, scores, generation, null);
    }

    /**
     * As {@link #speciate(List, double[], long)}, comparing genomes with the species of the previous
     * generation on the threads of {@code executor} (null: the calling thread). The result is the
     * same on any number of threads: each genome's nearest old species is found in parallel, then the
     * genomes are taken in order and compared with the species founded so far in this generation,
     * exactly as one sequential pass would.
     */
    public IntArrayList speciate(List<Genome> genomes, double[] scores, long generation, ExecutorService executor) {
        for (SpeciesRecord s : species) {
            s.members().clear();
        }
        if (parameters.method() == SpeciationParameters.Method.KMEANS) {
            return speciateKMeans(genomes, scores, generation, executor);
        }
        boolean first = parameters.assignment() == SpeciationParameters.Assignment.FIRST;
        founded = 0;
        speciated = generation;
        int size = genomes.size();
        List<SpeciesRecord> old = List.copyOf(species);
        int[] oldHome = new int[size];
        double[] oldDistance = new double[size];
        // chunks of at least 256 genomes, so small populations stay on the calling thread
        int chunks = Math.max(1, Math.min(64, size / 256));
        ParallelRange.forEach(executor, chunks, chunks, "speciating", c -> nearestOld(genomes, old, first,
                (int) ((long) size * c / chunks), (int) ((long) size * (c + 1) / chunks), oldHome, oldDistance));
        List<SpeciesRecord> fresh = new ArrayList<>();
        farthest = 0.0;
        for (int g = 0; g < size; g++) {
            Genome genome = genomes.get(g);
            SpeciesRecord home = oldHome[g] >= 0 ? old.get(oldHome[g]) : null;
            if (home == null || !first) {
                // oldDistance[g] becomes the distance to the species joined, old or fresh
                int k = nearest(genome, fresh, home == null ? threshold : oldDistance[g], first, oldDistance, g);
                if (k >= 0) {
                    home = fresh.get(k);
                }
            }
            if (home == null) {
                founded++;
                home = new SpeciesRecord(nextSpeciesId++, generation, genome);
                species.add(home);
                fresh.add(home);
            } else {
                farthest = Math.max(farthest, oldDistance[g]);
            }
            home.members().add(g);
        }
        return settle(scores, generation);
    }

    /** Drops the species left without members, returning their ids, and offers the members' scores. */
    private IntArrayList settle(double[] scores, long generation) {
        IntArrayList extinct = new IntArrayList();
        species.removeIf(s -> {
            if (s.members().isEmpty()) {
                extinct.add(s.id());
                return true;
            }
            return false;
        });
        for (SpeciesRecord s : species) {
            for (int k = 0; k < s.members().size(); k++) {
                s.offerScore(scores[s.members().get(k)], generation);
            }
        }
        return extinct;
    }

    /**
     * k-means speciation: exactly min(targetSpecies, population) species, the previous generation's
     * species (in id order, the first targetSpecies of them) as the starting clusters, their medoids
     * as the new representatives. A cluster that was left empty and refilled is a new species; the
     * species it started from dies out.
     */
    private IntArrayList speciateKMeans(List<Genome> genomes, double[] scores, long generation,
            ExecutorService executor) {
        int k = Math.min(parameters.targetSpecies(), genomes.size());
        List<SpeciesRecord> old = List.copyOf(species);
        Genome[] centres = new Genome[k];
        for (int j = 0; j < Math.min(k, old.size()); j++) {
            centres[j] = old.get(j).representative();
        }
        KMeansClustering.Result result = kmeans.cluster(genomes, centres, executor);
        SpeciesRecord[] records = new SpeciesRecord[k];
        founded = 0;
        for (int j = 0; j < k; j++) {
            Genome medoid = genomes.get(result.medoid()[j]);
            if (j < old.size() && !result.refounded()[j]) {
                records[j] = old.get(j);
                records[j].representative(medoid);
            } else {
                founded++;
                records[j] = new SpeciesRecord(nextSpeciesId++, generation, medoid);
                species.add(records[j]);
            }
        }
        int[] cluster = result.cluster();
        for (int g = 0; g < cluster.length; g++) {
            records[cluster[g]].members().add(g);
        }
        return settle(scores, generation);
    }

    /** For genomes {@code from} to {@code to}: the old species each joins (or -1) and its distance. */
    private void nearestOld(List<Genome> genomes, List<SpeciesRecord> old, boolean first, int from, int to,
            int[] home, double[] distanceTo) {
        // offspring come species by species, so the species the genome before joined is a good first guess
        int hint = -1;
        for (int g = from; g < to; g++) {
            home[g] = nearest(genomes.get(g), old, threshold, first, distanceTo, g, hint);
            if (home[g] >= 0) {
                hint = home[g];
            }
        }
    }

    /**
     * The index in {@code candidates} of the species whose representative lies nearest to
     * {@code genome} and closer than {@code limit} (with {@code first}, the first such one), or -1; the
     * distance goes to {@code distanceTo[slot]} (limit if none) unless {@code distanceTo} is null.
     */
    private int nearest(Genome genome, List<SpeciesRecord> candidates, double limit, boolean first,
            double[] distanceTo, int slot) {
        return nearest(genome, candidates, limit, first, distanceTo, slot, -1);
    }

    /**
     * As {@link #nearest(Genome, List, double, boolean, double[], int)}, measuring first the distance
     * to candidate {@code hint} (when it is one and {@code first} is off): a near hint makes the
     * bounded distance to every other candidate stop early. The answer is the one the scan in order
     * gives: the nearest candidate, ties to the earlier one, so a candidate before the current best
     * is taken at an equal distance too.
     */
    private int nearest(Genome genome, List<SpeciesRecord> candidates, double limit, boolean first,
            double[] distanceTo, int slot, int hint) {
        int best = -1;
        double nearest = limit;
        int measured = first || hint >= candidates.size() ? -1 : hint;
        if (measured >= 0) {
            double d = distance.between(genome, candidates.get(measured).representative(), nearest);
            if (d < nearest) {
                best = measured;
                nearest = d;
            }
        }
        for (int k = 0; k < candidates.size(); k++) {
            if (k == measured) {
                continue;
            }
            Genome representative = candidates.get(k).representative();
            if (k < best) {
                double d = distance.between(genome, representative, Math.nextUp(nearest));
                if (d <= nearest) {
                    best = k;
                    nearest = d;
                }
            } else {
                double d = distance.between(genome, representative, nearest);
                if (d < nearest) {
                    best = k;
                    nearest = d;
                    if (first) {
                        break;
                    }
                }
            }
        }
        if (distanceTo != null) {
            distanceTo[slot] = nearest;
        }
        return best;
    }

    /**
     * Prepares for the next generation: each species picks its representative among its members, a
     * random one or, with {@code representative: CHAMPION}, the best one, and the threshold moves toward
     * the target species count if one is set.
     *
     * @param genomes the population just speciated
     * @param scores  per genome, fitness turned to maximisation (as given to {@link #speciate})
     * @param random  draws the random representatives
     */
    public void advance(List<Genome> genomes, double[] scores, RandomGenerator random) {
        if (parameters.method() == SpeciationParameters.Method.KMEANS) {
            return; // the medoids became the representatives; the threshold is not used
        }
        boolean champion = parameters.representative() == SpeciationParameters.Representative.CHAMPION;
        for (SpeciesRecord s : species) {
            IntArrayList members = s.members();
            int chosen = champion ? best(members, genomes, scores) : members.get(random.nextInt(members.size()));
            s.representative(genomes.get(chosen));
        }
        int target = parameters.targetSpecies();
        if (target > 0) {
            double step = parameters.thresholdStep();
            if (species.size() < target) {
                double lowered = threshold - step;
                long youngest = Long.MIN_VALUE;
                for (SpeciesRecord r : species) {
                    youngest = Math.max(youngest, r.bornGeneration());
                }
                int dropAfter = parameters.thresholdDropAfter();
                if (dropAfter > 0 && speciated - youngest >= dropAfter) {
                    lowered = Math.min(lowered, farthest);
                }
                threshold = Math.max(parameters.minThreshold(), lowered);
            } else if (species.size() > target && (founded > 0 || parameters.assignment() == SpeciationParameters.Assignment.FIRST)) {
                threshold += step;
            }
        }
    }

    /**
     * The member with the highest score; ties go to the one with fewer connection genes, then to the
     * earlier one, the order in which reproduction ranks a species' champion.
     */
    private static int best(IntArrayList members, List<Genome> genomes, double[] scores) {
        int best = members.get(0);
        for (int k = 1; k < members.size(); k++) {
            int m = members.get(k);
            if (scores[m] > scores[best] || (scores[m] == scores[best]
                    && genomes.get(m).connections().size() < genomes.get(best).connections().size())) {
                best = m;
            }
        }
        return best;
    }

    /** Removes a species that got no offspring. */
    public void remove(int speciesId) {
        species.removeIf(s -> s.id() == speciesId);
    }

    /** The living species, in id order. */
    public List<SpeciesRecord> species() {
        return List.copyOf(species);
    }

    /** The current compatibility threshold. */
    public double threshold() {
        return threshold;
    }

    /** The id the next new species will get. */
    public int nextSpeciesId() {
        return nextSpeciesId;
    }
}
