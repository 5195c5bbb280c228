package org.neurula.neat.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.Network;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.network.PlasticityBlueprint;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;
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
 * Time of one activation of a compiled network with 100, 1,000 or 10,000 connections, feed-forward
 * and recurrent (one synchronous update per call). Networks are random with an average in-degree
 * of 10 (30, 100 or 1,000 nodes; the smallest has a lower in-degree), a tenth of the nodes inputs
 * and a twentieth outputs, all steepened sigmoids; feed-forward ones have four hidden layers (see
 * {@link #randomBlueprint}). Divide the score by the connection count for nanoseconds per connection.
 * Plastic variants apply the ABCD rule to every connection after each activation (random parameters,
 * |η·A| and the like at most 1e-3), ungated or gated by modulation, to compare the cost of a learning
 * step with a static one.
 *
 * <p>Run with {@code ./neurula jmh ActivationBenchmark -prof gc}; results go to
 * {@code docs/jmh/activation.json}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ActivationBenchmark {

    /** Hidden layers of the feed-forward networks. */
    static final int HIDDEN_LAYERS = 4;

    @Param({"100", "1000", "10000"})
    public int connections;

    @Param({"feedforward", "recurrent"})
    public String kind;

    /**
     * {@code static}; {@code abcd}: the ABCD rule with its own η, A, B, C, D on every connection;
     * {@code abcd-shared}: one set for the network (genes: network); {@code modulated}: per connection, gated.
     */
    @Param({"static", "abcd", "abcd-shared", "modulated"})
    public String plasticity;

    private Network network;
    private double[] inputs;
    private double[] outputs;

    @Setup
    public void setUp() {
        boolean recurrent = kind.equals("recurrent");
        SplittableRandom random = new SplittableRandom(17);
        NetworkBlueprint blueprint = randomBlueprint(connections, recurrent, random);
        PlasticityParameters settings = PlasticityParameters.defaults().withEnabled(!plasticity.equals("static"));
        if (plasticity.equals("modulated")) {
            settings = new PlasticityParameters(true, settings.rules(), settings.genes(), true, 0.0,
                    settings.etaLimit(), settings.coefficientLimit(), settings.parameterMutation(),
                    settings.parameterPerturbation(), settings.ruleMutation(), settings.weightBound(),
                    settings.normalization(), settings.timeConstant(), settings.traceDecay(),
                    settings.distanceCoefficient(), false);
        }
        if (!plasticity.equals("static")) {
            double[] parameters = new double[connections * PlasticityGenes.PARAMETERS];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = plasticity.equals("abcd-shared") && i >= PlasticityGenes.PARAMETERS
                        ? parameters[i % PlasticityGenes.PARAMETERS] : random.nextDouble(-0.001, 0.001);
            }
            blueprint = new NetworkBlueprint(blueprint.nodeIds(), blueprint.kinds(), blueprint.activations(),
                    blueprint.biases(), blueprint.sources(), blueprint.targets(), blueprint.weights(), recurrent,
                    new PlasticityBlueprint(PlasticityRule.ABCD, parameters));
        }
        network = new NetworkCompiler(1, settings).compile(blueprint);
        inputs = new double[network.inputCount()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (i % 7) / 7.0;
        }
        outputs = new double[network.outputCount()];
    }

    private int steps;

    /**
     * One activation. Every network starts a new lifetime ({@link Network#reset()}) each 1,000
     * activations, so plastic weights wander within a lifetime's reach instead of drifting for millions
     * of steps into saturated units whose tiny products are subnormal numbers (slow on every CPU).
     */
    @Benchmark
    public double activate() {
        if (++steps == 1000) {
            steps = 0;
            network.reset();
        }
        network.activate(inputs, outputs);
        return outputs[0];
    }

    /**
     * A random network with exactly {@code connections} distinct connections. Nodes 0..I-1 are
     * inputs, node I the bias, the last O nodes outputs. Feed-forward networks are layered the way
     * evolved NEAT networks are shallow: the hidden nodes form {@value #HIDDEN_LAYERS} layers and
     * every connection goes from a lower layer to a higher one (inputs and bias at the bottom,
     * outputs at the top). Recurrent connections join any source to any non-input node.
     */
    static NetworkBlueprint randomBlueprint(int connections, boolean recurrent, SplittableRandom random) {
        int n = Math.max(30, connections / 10); // enough node pairs for the small networks too
        int inputs = Math.max(2, n / 10);
        int outputs = Math.max(1, n / 20);
        int hidden = n - inputs - 1 - outputs;
        int[] ids = new int[n];
        int[] layer = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] activations = new ActivationFunction[n];
        double[] biases = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            kinds[i] = i < inputs ? NodeKind.INPUT : i == inputs ? NodeKind.BIAS
                    : i >= n - outputs ? NodeKind.OUTPUT : NodeKind.HIDDEN;
            layer[i] = switch (kinds[i]) {
                case INPUT, BIAS -> 0;
                case HIDDEN -> 1 + (i - inputs - 1) * HIDDEN_LAYERS / hidden;
                case OUTPUT -> HIDDEN_LAYERS + 1;
                case MODULATORY -> throw new IllegalStateException("no modulatory nodes here");
            };
            activations[i] = Activation.STEEPENED_SIGMOID;
        }
        int[] sources = new int[connections];
        int[] targets = new int[connections];
        double[] weights = new double[connections];
        LongHashSet seen = new LongHashSet();
        int c = 0;
        while (c < connections) {
            int t = inputs + 1 + random.nextInt(n - inputs - 1);
            int s = random.nextInt(n);
            if ((recurrent || layer[s] < layer[t]) && seen.add((long) s << 32 | t)) {
                sources[c] = s;
                targets[c] = t;
                weights[c] = random.nextGaussian();
                c++;
            }
        }
        return new NetworkBlueprint(ids, kinds, activations, biases, sources, targets, weights, recurrent);
    }
}
