package org.neurula.neat.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.config.PlasticityParameters;

/**
 * {@link FeedForwardNetwork#activateAll} computes, to the bit, what one {@link FeedForwardNetwork#activate}
 * per input vector computes: random feed-forward networks of {@link GroupedComputationTest} (groups of
 * four with padding, single nodes, every activation function and a user one), batches shorter and
 * longer than the network's internal block, at offsets in both arrays.
 */
class ColumnActivationTest {

    @Test
    void everyOutputEqualsASingleActivationToTheBit() {
        for (int seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            NetworkBlueprint blueprint = GroupedComputationTest.randomBlueprint(random, false, false);
            FeedForwardNetwork network = FeedForwardNetwork.compile(blueprint);
            int in = network.inputCount();
            int out = network.outputCount();
            for (int round = 0; round < 3; round++) {
                int count = 1 + random.nextInt(round == 0 ? 5 : 300);
                int inputFrom = random.nextInt(3);
                int outputFrom = random.nextInt(3);
                double[] inputs = new double[inputFrom + count * in];
                for (int k = inputFrom; k < inputs.length; k++) {
                    inputs[k] = random.nextInt(8) == 0 ? 0.0 : random.nextDouble(-2, 2);
                }
                double[] all = new double[outputFrom + count * out];
                network.activateAll(inputs, inputFrom, all, outputFrom, count);
                double[] one = new double[in];
                double[] expected = new double[out];
                for (int v = 0; v < count; v++) {
                    System.arraycopy(inputs, inputFrom + v * in, one, 0, in);
                    network.activate(one, expected);
                    for (int o = 0; o < out; o++) {
                        assertEquals(Double.doubleToLongBits(expected[o]),
                                Double.doubleToLongBits(all[outputFrom + v * out + o]),
                                "seed " + seed + ", vector " + v + " of " + count + ", output " + o);
                    }
                }
            }
        }
    }

    @Test
    void aPlasticNetworkRefusesBatches() {
        NetworkBlueprint blueprint = GroupedComputationTest.randomBlueprint(new SplittableRandom(3), false, true);
        FeedForwardNetwork network = FeedForwardNetwork.compile(blueprint, PlasticityParameters.defaults().withEnabled(true));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> network.activateAll(new double[network.inputCount()], 0, new double[network.outputCount()], 0, 1));
        assertEquals(true, e.getMessage().contains("plastic"), e.getMessage());
    }
}
