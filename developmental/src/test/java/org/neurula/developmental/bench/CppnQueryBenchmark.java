package org.neurula.developmental.bench;

import java.util.concurrent.TimeUnit;
import org.neurula.developmental.cppn.Cppn;
import org.neurula.developmental.cppn.CppnLayout;
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
 * Time of one CPPN query (coordinates in, all outputs out) for the {@link BenchCppns} CPPN: 2-D with
 * weight and bias outputs (4 inputs, 2 outputs), or 3-D with deltas, distance, LEO and the five
 * adaptive outputs (10 inputs, 8 outputs). Each invocation queries a fixed list of 256 point pairs;
 * the score is per query. {@code -prof gc} shows that queries allocate nothing.
 *
 * <p>Run: {@code ./neurula jmh-developmental CppnQueryBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CppnQueryBenchmark {

    static final int PAIRS = 256;

    @Param({"2d-weight-bias", "3d-leo-adaptive"})
    public String layout;

    private Cppn cppn;
    private double[] points;
    private double[] out;
    private int d;

    @Setup
    public void setUp() {
        CppnLayout l = layout.startsWith("2d") ? new CppnLayout(2, false, false, true, false, false, false)
                : new CppnLayout(3, true, true, false, true, true, false);
        cppn = Cppn.compile(BenchCppns.cppn(l, 5), l);
        d = l.dimensions();
        out = new double[l.cppnOutputs()];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        points = new double[2 * PAIRS * d];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextDouble(-1, 1);
        }
    }

    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(PAIRS)
    public double query() {
        double sum = 0;
        for (int k = 0; k < PAIRS; k++) {
            cppn.query(points, 2 * k * d, points, (2 * k + 1) * d, out);
            sum += out[0];
        }
        return sum;
    }
}
