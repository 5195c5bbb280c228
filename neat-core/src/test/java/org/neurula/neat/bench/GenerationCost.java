package org.neurula.neat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.neurula.neat.config.ComplexityParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.EngineState;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.PopulationEntry;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.genome.TestGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.variation.AddConnectionMutation;
import org.neurula.neat.variation.VariationContext;
import org.neurula.neat.variation.WeightMutation;

/**
 * Generation cost outside evaluation: a population of {@code P} genomes of about {@code G}
 * connection genes (descendants of one grown ancestor, 6 inputs and 2 outputs, feed-forward), given
 * random fitness (so evaluation costs next to nothing), bred for a number of generations with the
 * default parameters but complexity regulation off (so genome size stays where it was put). Prints
 * one JSON line: population, genes (mean at the start and at the end), threads, microseconds per
 * genome per generation outside evaluation (mean over the measured generations after warm-up) and
 * seconds per generation. Benchmark code, not a test:
 *
 * <pre>./neurula generation-cost POPULATION GENES THREADS [GENERATIONS]</pre>
 */
public final class GenerationCost {

    private GenerationCost() {
    }

    /** Arguments: population, genes per genome, threads, measured generations (default 20). */
    public static void main(String[] args) {
        int population = Integer.parseInt(args[0]);
        int genes = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int generations = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        System.out.println(run(population, genes, threads, generations));
    }

    /** One measurement, as a JSON object. */
    public static String run(int population, int genes, int threads, int generations) {
        NeatParameters d = NeatParameters.defaults();
        ReproductionParameters r = d.reproduction();
        NeatParameters parameters = d.withComplexity(ComplexityParameters.none())
                .withReproduction(new ReproductionParameters(population, r.survivalThreshold(), r.stagnationLimit(),
                        r.eliteMinSpeciesSize(), r.objective(), r.keepChampion(), r.parentRule()));
        InitialGenomes init = TestGenomes.initial(6, 2, parameters);
        InnovationTracker tracker = init.newTracker();
        SplittableRandom random = new SplittableRandom(17);
        VariationContext context = TestGenomes.context(random, tracker, parameters);
        Genome ancestor = TestGenomes.grown(init.create(random, tracker), genes, context);
        AddConnectionMutation addConnection = new AddConnectionMutation();
        WeightMutation weights = new WeightMutation();
        List<PopulationEntry> members = new ArrayList<>(population);
        double startGenes = 0;
        for (int i = 0; i < population; i++) {
            Genome g = ancestor;
            for (int k = random.nextInt(4); k > 0; k--) {
                g = addConnection.apply(g, context);
            }
            g = weights.apply(g, context);
            startGenes += g.connections().size();
            members.add(new PopulationEntry(i, g, null));
        }
        EngineState start = new EngineState(0, population, 0, false, members, tracker.snapshot(), List.of(), 0,
                parameters.speciation().threshold());
        int warmUp = 5;
        double outside = 0;
        double total = 0;
        double endGenes = 0;
        try (Engine engine = Engine.builder(6, 2, () -> (network, ctx) -> new Fitness(ctx.random().nextDouble(), false))
                .parameters(parameters).seed(3).threads(threads).resume(start).build()) {
            for (int g = 0; g < warmUp + generations; g++) {
                Generation generation = engine.step();
                if (g >= warmUp) {
                    outside += generation.timing().generationSeconds() - generation.timing().evaluationSeconds();
                    total += generation.timing().generationSeconds();
                }
                if (g == warmUp + generations - 1) {
                    endGenes = generation.members().stream().mapToInt(m -> m.genome().connections().size()).average()
                            .orElseThrow();
                }
            }
        }
        return String.format(Locale.ROOT,
                "{\"population\":%d,\"genesAtStart\":%.1f,\"genesAtEnd\":%.1f,\"threads\":%d,\"generations\":%d,"
                        + "\"microsecondsPerGenomeOutsideEvaluation\":%.2f,\"secondsPerGenerationOutsideEvaluation\":%.4f,"
                        + "\"secondsPerGeneration\":%.4f}",
                population, startGenes / population, endGenes, threads, generations,
                outside / generations / population * 1e6, outside / generations, total / generations);
    }
}
