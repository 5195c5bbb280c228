package org.neurula.developmental.bench;

import java.util.SplittableRandom;
import org.neurula.developmental.cppn.CppnLayout;
import org.neurula.developmental.cppn.HandCppn;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;

/**
 * The CPPN the benchmarks query: every input and the bias linked to three hidden nodes (sine, Gaussian,
 * bipolar sigmoid), those to every output, and each input straight to every output; random weights in
 * [-2, 2). About the size of a CPPN after a few dozen generations.
 */
final class BenchCppns {

    private BenchCppns() {
    }

    static Genome cppn(CppnLayout layout, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HandCppn hand = new HandCppn(layout);
        int[] hidden = {hand.hidden(Activation.SINE), hand.hidden(Activation.GAUSSIAN),
                hand.hidden(Activation.BIPOLAR_SIGMOID)};
        for (int h : hidden) {
            for (int i = 0; i <= layout.cppnInputs(); i++) {
                hand.link(i, h, random.nextDouble(-2, 2));
            }
        }
        for (int o = 0; o < layout.cppnOutputs(); o++) {
            for (int h : hidden) {
                hand.link(h, hand.output(o), random.nextDouble(-2, 2));
            }
            for (int i = 0; i <= layout.cppnInputs(); i++) {
                hand.link(i, hand.output(o), random.nextDouble(-2, 2));
            }
        }
        return hand.build();
    }
}
