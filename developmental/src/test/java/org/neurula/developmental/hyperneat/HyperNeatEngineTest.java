package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.cppn.CppnGenomes;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.engine.Engine;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.neat.geometry.Geometry;

/**
 * HyperNEAT through neat-core's engine: CPPN genomes from the seam, substrates from the decoder, and a
 * run that is the same for the same seed on one thread and on four.
 */
class HyperNeatEngineTest {

    private static final int SIDE = 5;

    /**
     * A geometric task: one of five inputs on a line is lit, and the output above it should be the highest
     * (a pattern HyperNEAT paints as a Gaussian of Δx). Fitness: per trial, the lit output minus the mean
     * of the others, shifted to be positive.
     */
    static Supplier<Evaluator> lightAbove() {
        return () -> {
            double[] in = new double[SIDE];
            double[] out = new double[SIDE];
            return (network, context) -> {
                double score = 0;
                for (int lit = 0; lit < SIDE; lit++) {
                    java.util.Arrays.fill(in, 0.0);
                    in[lit] = 1.0;
                    network.reset();
                    network.activate(in, out);
                    double others = 0;
                    for (int o = 0; o < SIDE; o++) {
                        others += o == lit ? 0 : out[o];
                    }
                    score += 1.0 + out[lit] - others / (SIDE - 1);
                }
                return Fitness.of(score);
            };
        };
    }

    private static List<String> run(int threads, boolean leo) {
        HyperNeatParameters p = HyperNeatParameters.defaults().withLinkExpression(leo, leo);
        HyperNeatDecoder decoder = HyperNeatDecoder.of(Geometry.lines(SIDE, SIDE), p);
        NeatParameters neat = NeatParameters.defaults()
                .withGenome(CppnGenomes.cppnGenomeParameters(NeatParameters.defaults().genome()));
        CppnLayout layout = decoder.layout();
        List<String> lines = new ArrayList<>();
        try (Engine engine = Engine.builder(layout.cppnInputs(), layout.cppnOutputs(), lightAbove())
                .parameters(neat).seed(13).threads(threads).decoder(decoder)
                .initialGenomes(decoder.initialGenomes(neat.genome())).build()) {
            for (int g = 0; g < 8; g++) {
                Generation gen = engine.step();
                StringBuilder s = new StringBuilder().append(gen.number()).append(' ').append(gen.species().size());
                for (Member m : gen.members()) {
                    s.append(' ').append(m.id()).append(':').append(m.fitness()).append(':').append(m.speciesId())
                            .append(':').append(m.genome().connections().size());
                }
                lines.add(s.toString());
            }
        }
        return lines;
    }

    @Test
    void oneAndFourThreadsGiveTheSameRun() {
        List<String> single = run(1, false);
        assertEquals(single, run(4, false));
        assertEquals(8, single.size());
        List<String> seeded = run(1, true);
        assertEquals(seeded, run(4, true));
    }

    @Test
    void evolutionImprovesTheGeometricTask() {
        List<String> lines = run(1, true);
        assertTrue(best(lines.getLast()) >= best(lines.getFirst()));
        assertTrue(best(lines.getLast()) > SIDE, "the lit output beats the others: " + best(lines.getLast()));
    }

    private static double best(String line) {
        double best = Double.NEGATIVE_INFINITY;
        String[] parts = line.split(" ");
        for (int k = 2; k < parts.length; k++) {
            best = Math.max(best, Double.parseDouble(parts[k].split(":")[1]));
        }
        return best;
    }
}
