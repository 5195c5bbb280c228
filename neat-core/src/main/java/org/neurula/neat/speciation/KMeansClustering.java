package org.neurula.neat.speciation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.parallel.ParallelRange;

/**
 * Divides a population into exactly K clusters by k-medoids under the compatibility distance, the
 * k-means speciation of SharpNEAT 2 and 4 with the medoid (the member with the least summed distance
 * to the other members) in place of the vector centroid, which δ does not define. Each genome joins
 * the cluster whose centre is nearest (ties to the lower cluster); a cluster left empty takes the
 * genome lying farthest from its own centre among clusters of two or more, and the genomes nearer to
 * that one follow it; then up to {@link #ITERATIONS} times the centres move to the medoids and the
 * genomes are reassigned, stopping early when none moves. With no centre at all the first genome
 * seeds the first cluster, so the empty-cluster rule becomes farthest-point seeding.
 *
 * <p>Deterministic: no random draws, and the result does not depend on the number of threads (each
 * genome's nearest centre and each cluster's medoid are computed independently, the empty clusters
 * are filled in order on the calling thread).
 */
final class KMeansClustering {

    /** Reassignment rounds at most, as in SharpNEAT. */
    static final int ITERATIONS = 5;

    private final CompatibilityDistance distance;

    KMeansClustering(CompatibilityDistance distance) {
        this.distance = distance;
    }

    /**
     * The clusters of one generation.
     *
     * @param cluster   per genome, its cluster
     * @param medoid    per cluster, the index of the genome at its centre (its medoid)
     * @param refounded per cluster, whether it was left empty at some point and refilled, so that it no
     *                  longer continues the species its starting centre came from
     */
    record Result(int[] cluster, int[] medoid, boolean[] refounded) {
    }

    /**
     * Clusters {@code genomes} around {@code centres}: one entry per cluster, the starting centre
     * (the previous generation's representative) or null for a cluster to be filled from the
     * population. Needs at least as many genomes as clusters.
     */
    Result cluster(List<Genome> genomes, Genome[] centres, ExecutorService executor) {
        int size = genomes.size();
        int k = centres.length;
        if (size < k || k < 1) {
            throw new IllegalArgumentException("k-means speciation needs 1 to " + size + " clusters, got " + k);
        }
        Genome[] centre = centres.clone();
        int[] cluster = new int[size];
        double[] nearest = new double[size];
        int[] count = new int[k];
        boolean[] refounded = new boolean[k];
        int[] medoid = new int[k];
        boolean anyCentre = false;
        for (Genome c : centre) {
            anyCentre |= c != null;
        }
        if (!anyCentre) {
            centre[0] = genomes.getFirst();
            refounded[0] = true;
        }
        assign(genomes, centre, cluster, nearest, executor);
        counts(cluster, count);
        fillEmpty(genomes, centre, cluster, nearest, count, refounded, medoid);
        for (int round = 0; round < ITERATIONS; round++) {
            medoids(genomes, cluster, count, medoid, executor);
            for (int j = 0; j < k; j++) {
                centre[j] = genomes.get(medoid[j]);
            }
            int[] before = cluster.clone();
            assign(genomes, centre, cluster, nearest, executor);
            counts(cluster, count);
            boolean filled = fillEmpty(genomes, centre, cluster, nearest, count, refounded, medoid);
            boolean moved = filled;
            for (int g = 0; g < size && !moved; g++) {
                moved = before[g] != cluster[g];
            }
            if (!moved) {
                return new Result(cluster, medoid, refounded);
            }
        }
        medoids(genomes, cluster, count, medoid, executor);
        return new Result(cluster, medoid, refounded);
    }

    /** Every genome to the nearest non-null centre (ties to the lower cluster). */
    private void assign(List<Genome> genomes, Genome[] centre, int[] cluster, double[] nearest,
            ExecutorService executor) {
        ParallelRange.forEach(executor, genomes.size(), Math.min(64, genomes.size() / 64), "speciating", g -> {
            Genome genome = genomes.get(g);
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < centre.length; j++) {
                if (centre[j] != null) {
                    double d = distance.between(genome, centre[j]);
                    if (best < 0 || d < bestDistance) {
                        best = j;
                        bestDistance = d;
                    }
                }
            }
            cluster[g] = best;
            nearest[g] = bestDistance;
        });
    }

    private static void counts(int[] cluster, int[] count) {
        Arrays.fill(count, 0);
        for (int c : cluster) {
            count[c]++;
        }
    }

    /**
     * Fills the empty clusters in order, each with the genome farthest from its own centre among the
     * clusters of two or more members (ties to the lower index), which becomes its centre; genomes
     * nearer to it than to their own centre follow. Returns whether any cluster was filled.
     */
    private boolean fillEmpty(List<Genome> genomes, Genome[] centre, int[] cluster, double[] nearest, int[] count,
            boolean[] refounded, int[] medoid) {
        boolean filled = false;
        for (int j = 0; j < centre.length; j++) {
            if (count[j] > 0) {
                continue;
            }
            int far = -1;
            for (int g = 0; g < cluster.length; g++) {
                if (count[cluster[g]] >= 2 && (far < 0 || nearest[g] > nearest[far])) {
                    far = g;
                }
            }
            Genome seed = genomes.get(far);
            centre[j] = seed;
            refounded[j] = true;
            medoid[j] = far;
            filled = true;
            for (int g = 0; g < cluster.length; g++) {
                if (g == far) {
                    move(g, j, 0.0, cluster, nearest, count);
                } else if (count[cluster[g]] >= 2) {
                    double d = distance.between(genomes.get(g), seed);
                    if (d < nearest[g]) {
                        move(g, j, d, cluster, nearest, count);
                    }
                }
            }
        }
        return filled;
    }

    private static void move(int g, int to, double d, int[] cluster, double[] nearest, int[] count) {
        count[cluster[g]]--;
        cluster[g] = to;
        count[to]++;
        nearest[g] = d;
    }

    /** Each cluster's medoid: the member with the least summed distance to the others (ties to the lower index). */
    private void medoids(List<Genome> genomes, int[] cluster, int[] count, int[] medoid, ExecutorService executor) {
        int k = count.length;
        int[][] members = new int[k][];
        int[] fill = new int[k];
        for (int j = 0; j < k; j++) {
            members[j] = new int[count[j]];
        }
        for (int g = 0; g < cluster.length; g++) {
            members[cluster[g]][fill[cluster[g]]++] = g;
        }
        ParallelRange.forEach(executor, k, Math.min(64, k), "speciating", j -> {
            int[] m = members[j];
            double[] sum = new double[m.length];
            for (int a = 0; a < m.length; a++) {
                Genome x = genomes.get(m[a]);
                for (int b = a + 1; b < m.length; b++) {
                    double d = distance.between(x, genomes.get(m[b]));
                    sum[a] += d;
                    sum[b] += d;
                }
            }
            int best = 0;
            for (int a = 1; a < m.length; a++) {
                if (sum[a] < sum[best]) {
                    best = a;
                }
            }
            medoid[j] = m[best];
        });
    }
}
