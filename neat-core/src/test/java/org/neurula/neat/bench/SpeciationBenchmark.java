package org.neurula.neat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.neat.engine.Species;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.speciation.CompatibilityDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The nearest-species search of speciation on a real population: XOR (evaluated here, with the
 * usual (4 − error)² fitness) at population 1,000 with the default parameters, stopped after
 * {@code generations}; every genome is compared, in population order, with the representative (the
 * champion) of every species, as the speciator does with the bound it uses. The score is the time of
 * one whole search; divide by population × species for the time per distance.
 *
 * <p>Run with {@code ./neurula jmh SpeciationBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SpeciationBenchmark {

    @Param({"20", "100"})
    public int generations;

    private Genome[] genomes;
    private Genome[] representatives;
    private double threshold;
    private CompatibilityDistance distance;

    @Setup
    public void evolve() {
        NeatParameters d = NeatParameters.defaults();
        ReproductionParameters r = d.reproduction();
        NeatParameters parameters = d.withReproduction(new ReproductionParameters(1000, r.survivalThreshold(),
                r.stagnationLimit(), r.eliteMinSpeciesSize(), r.objective(), r.keepChampion(), r.parentRule()));
        Generation last = null;
        try (Engine engine = Engine.builder(2, 1, () -> (network, context) -> {
            double[] out = new double[1];
            double error = 0;
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    network.reset();
                    network.activate(new double[] {a, b}, out);
                    error += Math.abs((a ^ b) - out[0]);
                }
            }
            return new Fitness((4 - error) * (4 - error), false);
        }).parameters(parameters).seed(1).threads(1).build()) {
            for (int g = 0; g < generations; g++) {
                last = engine.step();
            }
        }
        List<Member> members = last.members();
        genomes = new Genome[members.size()];
        for (int i = 0; i < genomes.length; i++) {
            genomes[i] = members.get(i).genome();
        }
        List<Genome> reps = new ArrayList<>();
        for (Species s : last.species()) {
            for (Member m : members) {
                if (m.id() == s.championId()) {
                    reps.add(m.genome());
                }
            }
        }
        representatives = reps.toArray(Genome[]::new);
        threshold = last.speciesThreshold();
        distance = new CompatibilityDistance(parameters.speciation(), parameters.plasticity());
    }

    /** The search; returns a checksum of the chosen species so that nothing is optimised away. */
    @Benchmark
    public long nearestSpecies() {
        long sum = 0;
        for (Genome g : genomes) {
            int best = -1;
            double nearest = threshold;
            for (int k = 0; k < representatives.length; k++) {
                double d = distance.between(g, representatives[k], nearest);
                if (d < nearest) {
                    best = k;
                    nearest = d;
                }
            }
            sum += best;
        }
        return sum;
    }

    /**
     * The same search as the speciator makes it: the species the genome before joined is measured
     * first, which gives the bound for the others (the answer is the same).
     */
    @Benchmark
    public long nearestSpeciesHinted() {
        long sum = 0;
        int hint = -1;
        for (Genome g : genomes) {
            int best = -1;
            double nearest = threshold;
            if (hint >= 0) {
                double d = distance.between(g, representatives[hint], nearest);
                if (d < nearest) {
                    best = hint;
                    nearest = d;
                }
            }
            for (int k = 0; k < representatives.length; k++) {
                if (k == hint) {
                    continue;
                }
                if (k < best) {
                    double d = distance.between(g, representatives[k], Math.nextUp(nearest));
                    if (d <= nearest) {
                        best = k;
                        nearest = d;
                    }
                } else {
                    double d = distance.between(g, representatives[k], nearest);
                    if (d < nearest) {
                        best = k;
                        nearest = d;
                    }
                }
            }
            if (best >= 0) {
                hint = best;
            }
            sum += best;
        }
        return sum;
    }
}
