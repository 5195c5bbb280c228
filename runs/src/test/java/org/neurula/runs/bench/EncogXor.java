package org.neurula.runs.bench;

import java.util.List;
import java.util.Locale;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.ml.ea.genome.Genome;
import org.encog.ml.ea.train.basic.TrainEA;
import org.encog.neural.neat.NEATPopulation;
import org.encog.neural.neat.NEATUtil;
import org.encog.neural.neat.training.NEATGenome;
import org.encog.neural.networks.training.TrainingSetScore;

/**
 * The side-by-side throughput harness: Encog 3.4's stock NEAT ({@code NEATUtil.constructNEATTrainer},
 * fully connected initial genomes, its own defaults) on XOR for a fixed number of generations on one
 * thread, with no stop at solved, the protocol of the speed issue. Prints one JSON line: population,
 * generations, seconds (after construction, so without class loading), generations per second,
 * species and mean links per genome at the end. Benchmark code, not a test:
 *
 * <pre>./neurula compare-encog POPULATION GENERATIONS</pre>
 */
public final class EncogXor {

    private EncogXor() {
    }

    /** Runs the protocol; arguments: population size (default 150), generations (default 300). */
    public static void main(String[] args) {
        int population = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int generations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.println(run(population, generations));
    }

    /** One run, as a JSON object. */
    public static String run(int population, int generations) {
        double[][] input = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        double[][] ideal = {{0}, {1}, {1}, {0}};
        NEATPopulation pop = new NEATPopulation(2, 1, population);
        pop.setInitialConnectionDensity(1.0);
        pop.reset();
        TrainEA train = NEATUtil.constructNEATTrainer(pop, new TrainingSetScore(new BasicMLDataSet(input, ideal)));
        train.setThreadCount(1);
        long start = System.nanoTime();
        for (int g = 0; g < generations; g++) {
            train.iteration();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        train.finishTraining();
        List<Genome> members = pop.flatten();
        double links = 0;
        for (Genome genome : members) {
            links += ((NEATGenome) genome).getLinksChromosome().size();
        }
        return String.format(Locale.ROOT,
                "{\"library\":\"encog-core 3.4\",\"population\":%d,\"generations\":%d,\"seconds\":%.3f,"
                        + "\"generationsPerSecond\":%.1f,\"species\":%d,\"meanLinks\":%.2f,\"error\":%.5f}",
                population, generations, seconds, generations / seconds, pop.getSpecies().size(),
                links / members.size(), train.getError());
    }
}
