package org.neurula.developmental.cppn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkCompiler;

/** The CPPN's input and output layout, and that a query is the compiled genome's activation. */
class CppnTest {

    @Test
    void layoutCountsAndIndices() {
        CppnLayout plain = CppnLayout.weightsOnly(2);
        assertEquals(4, plain.cppnInputs());
        assertEquals(1, plain.cppnOutputs());
        assertEquals(-1, plain.deltaInput(0));
        assertEquals(-1, plain.distanceInput());
        assertEquals(-1, plain.biasIndex());

        CppnLayout full = new CppnLayout(3, true, true, true, true, true, true);
        assertEquals(3 + 3 + 3 + 1, full.cppnInputs());
        assertEquals(1 + 1 + 1 + 5 + 1, full.cppnOutputs());
        assertEquals(2, full.sourceInput(2));
        assertEquals(5, full.targetInput(2));
        assertEquals(6, full.deltaInput(0));
        assertEquals(9, full.distanceInput());
        Set<Integer> outputs = new HashSet<>();
        outputs.add(full.weightIndex());
        outputs.add(full.biasIndex());
        outputs.add(full.expressionIndex());
        for (int k = 0; k < CppnLayout.PLASTICITY_OUTPUTS; k++) {
            outputs.add(full.plasticityIndex() + k);
        }
        outputs.add(full.modulatoryIndex());
        assertEquals(full.cppnOutputs(), outputs.size(), "every output has its own index");
        assertTrue(outputs.stream().allMatch(i -> i >= 0 && i < full.cppnOutputs()));

        CppnLayout leoOnly = new CppnLayout(2, false, true, false, true, false, false);
        assertEquals(1, leoOnly.expressionIndex());
        assertEquals(4, leoOnly.distanceInput());
        assertThrows(IllegalArgumentException.class, () -> CppnLayout.weightsOnly(4));
    }

    @Test
    void queryEqualsTheCompiledGenomeOnTheSameInputs() {
        CppnLayout layout = new CppnLayout(3, true, true, true, true, false, false);
        SplittableRandom random = new SplittableRandom(41);
        Genome genome = randomCppn(layout, random);
        Cppn cppn = Cppn.compile(genome, layout);
        Network reference = new NetworkCompiler(1).compile(
                ((DecodeResult.Decoded) new DirectDecoder(false).decode(genome)).blueprint());
        double[] points = new double[6];
        double[] out = new double[layout.cppnOutputs()];
        double[] in = new double[layout.cppnInputs()];
        for (int trial = 0; trial < 200; trial++) {
            for (int k = 0; k < 6; k++) {
                points[k] = random.nextDouble(-1, 1);
            }
            cppn.query(points, 0, points, 3, out);
            double squared = 0;
            for (int a = 0; a < 3; a++) {
                in[a] = points[a];
                in[3 + a] = points[3 + a];
                in[6 + a] = points[3 + a] - points[a];
                squared += in[6 + a] * in[6 + a];
            }
            in[9] = Math.sqrt(squared);
            assertArrayEquals(reference.activate(in), out, 0.0, "trial " + trial);
            double[] raw = new double[layout.cppnOutputs()];
            cppn.query(in, raw);
            assertArrayEquals(out, raw, 0.0);
        }
    }

    @Test
    void aRowQueryGivesEachSingleQueryToTheBit() {
        for (int seed = 0; seed < 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int dimensions = 2 + seed % 2;
            CppnLayout layout = new CppnLayout(dimensions, seed % 3 != 0, seed % 4 == 1, seed % 5 == 2,
                    seed % 2 == 0, seed % 7 == 3, seed % 6 == 5);
            Cppn cppn = Cppn.compile(randomCppn(layout, random), layout);
            int count = 1 + random.nextInt(400); // beyond one internal chunk of targets
            int targetOffset = random.nextInt(3);
            double[] source = new double[dimensions + 1];
            double[] targets = new double[targetOffset + count * dimensions];
            for (int k = 0; k < source.length; k++) {
                source[k] = random.nextDouble(-1, 1);
            }
            for (int k = 0; k < targets.length; k++) {
                targets[k] = random.nextDouble(-1, 1);
            }
            int outputs = layout.cppnOutputs();
            double[] row = new double[count * outputs];
            cppn.queryRow(source, 1, targets, targetOffset, count, row);
            double[] one = new double[outputs];
            for (int t = 0; t < count; t++) {
                cppn.query(source, 1, targets, targetOffset + t * dimensions, one);
                for (int o = 0; o < outputs; o++) {
                    assertEquals(Double.doubleToLongBits(one[o]), Double.doubleToLongBits(row[t * outputs + o]),
                            "seed " + seed + ", target " + t + ", output " + o);
                }
            }
        }
    }

    @Test
    void handBuiltGaussianOfDeltaX() {
        CppnLayout layout = CppnLayout.weightsOnly(2);
        HandCppn hand = new HandCppn(layout);
        int g = hand.hidden(Activation.GAUSSIAN);
        hand.link(layout.sourceInput(0), g, -1.0).link(layout.targetInput(0), g, 1.0).link(g, hand.output(0), 1.0);
        Cppn cppn = Cppn.compile(hand.build(), layout);
        double[] out = new double[1];
        cppn.query(new double[] {0.25, -1, 0.75, 1}, 0, new double[] {0.25, -1, 0.75, 1}, 2, out);
        assertEquals(Math.exp(-0.25), out[0], 1e-12);
    }

    @Test
    void compileRejectsGenomesOfAnotherShape() {
        CppnLayout layout = CppnLayout.weightsOnly(2);
        Genome wrong = new HandCppn(new CppnLayout(2, true, false, false, false, false, false)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cppn.compile(wrong, layout));
        assertTrue(e.getMessage().contains("needs 4 inputs and 1 outputs"), e.getMessage());
    }

    /** An initial CPPN genome with two hidden nodes spliced in by hand. */
    static Genome randomCppn(CppnLayout layout, SplittableRandom random) {
        HandCppn hand = new HandCppn(layout);
        int sine = hand.hidden(Activation.SINE);
        int gauss = hand.hidden(Activation.GAUSSIAN);
        for (int i = 0; i <= layout.cppnInputs(); i++) {
            hand.link(i, sine, random.nextDouble(-2, 2));
            hand.link(i, gauss, random.nextDouble(-2, 2));
        }
        for (int o = 0; o < layout.cppnOutputs(); o++) {
            hand.link(sine, hand.output(o), random.nextDouble(-2, 2));
            hand.link(gauss, hand.output(o), random.nextDouble(-2, 2));
            hand.link(o % layout.cppnInputs(), hand.output(o), random.nextDouble(-2, 2));
        }
        return hand.build();
    }

    @Test
    void cppnGenomeParametersUseTheCppnFunctionSet() {
        GenomeParameters p = CppnGenomes.cppnGenomeParameters(GenomeParameters.defaults());
        assertEquals(CppnGenomes.ACTIVATION_CHOICES, p.activationChoices());
        assertEquals("bipolar-sigmoid", p.hiddenActivation());
        assertEquals(false, p.recurrent());
    }
}
