package org.neurula.developmental.bench;

import java.util.SplittableRandom;
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
 * One source queried against {@code count} targets: {@link Cppn#queryRow} (the CPPN node by node across
 * the targets) against {@code count} single {@link Cppn#query} calls, for the {@link BenchCppns} CPPN in
 * 2-D with a bias output. Where the two meet is where {@code queryRow} switches to single queries.
 *
 * <p>Run: {@code ./neurula jmh-developmental CppnRowQueryBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CppnRowQueryBenchmark {
    @Param({"2", "4", "8", "16", "100"})
    public int count;
    private Cppn cppn;
    private double[] points;
    private double[] out;
    private double[] one;

    @Setup
    public void setUp() {
        CppnLayout layout = new CppnLayout(2, false, false, true, false, false, false);
        cppn = Cppn.compile(BenchCppns.cppn(layout, 5), layout);
        SplittableRandom r = new SplittableRandom(1);
        points = new double[2 * (count + 1)];
        for (int k = 0; k < points.length; k++) {
            points[k] = r.nextDouble(-1, 1);
        }
        out = new double[count * layout.cppnOutputs()];
        one = new double[layout.cppnOutputs()];
    }

    @Benchmark
    public double row() {
        cppn.queryRow(points, 0, points, 2, count, out);
        return out[0];
    }

    @Benchmark
    public double single() {
        double s = 0;
        for (int t = 0; t < count; t++) {
            cppn.query(points, 0, points, 2 + 2 * t, one);
            s += one[0];
        }
        return s;
    }
}
