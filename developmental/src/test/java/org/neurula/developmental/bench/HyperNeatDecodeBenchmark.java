package org.neurula.developmental.bench;

import java.util.concurrent.TimeUnit;
import org.neurula.developmental.hyperneat.AdaptiveParameters;
import org.neurula.developmental.hyperneat.HyperNeatDecoder;
import org.neurula.developmental.hyperneat.HyperNeatParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.DecodeResult;
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
 * Time of one HyperNEAT decoding (compile the CPPN, query every candidate, build the blueprint) of a 3-D
 * substrate whose s × s input grid (z = -1) is fully connected to an s × s output grid (z = 1): s = 10,
 * 18 or 32, that is 10,000, 104,976 or 1,048,576 candidate connections, plus one bias query per output.
 * The CPPN is the {@link BenchCppns} one (weight and bias outputs; about half the candidates expressed);
 * {@code adaptive} adds the five plasticity outputs and the blueprint's plasticity parameters.
 *
 * <p>Run: {@code ./neurula jmh-developmental HyperNeatDecodeBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HyperNeatDecodeBenchmark {

    @Param({"10", "18", "32"})
    public int side;

    @Param({"static", "adaptive"})
    public String kind;

    private HyperNeatDecoder decoder;
    private Genome genome;

    @Setup
    public void setUp() {
        Geometry geometry = new Geometry(Positions.grid(side, side, -1.0), Positions.grid(side, side, 1.0));
        HyperNeatParameters p = HyperNeatParameters.defaults();
        if (kind.equals("adaptive")) {
            p = p.withAdaptive(AdaptiveParameters.defaults().withEnabled(true));
        }
        decoder = HyperNeatDecoder.of(geometry, p);
        genome = BenchCppns.cppn(decoder.layout(), 5);
        if (!(decoder.decode(genome) instanceof DecodeResult.Decoded d)) {
            throw new IllegalStateException("the benchmark CPPN should decode");
        } else {
            System.out.printf("%n%d candidates, %d expressed%n", decoder.candidateCount(),
                    d.blueprint().connectionCount());
        }
    }

    @Benchmark
    public DecodeResult decode() {
        return decoder.decode(genome);
    }
}
