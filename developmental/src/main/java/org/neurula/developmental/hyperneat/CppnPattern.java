package org.neurula.developmental.hyperneat;

import org.neurula.developmental.cppn.Cppn;

/**
 * The connectivity pattern a CPPN paints: for any source and target point, the weight the
 * connection between them would get under the encoding's {@link ExpressionRule}, 0 where it would not
 * be expressed. What HyperNEAT users draw as a heat map (the outgoing weights of one source over the
 * target sheet). One instance belongs to one thread.
 */
public final class CppnPattern {

    private final Cppn cppn;
    private final ExpressionRule rule;
    private final double[] out;
    private final double[] source;
    private final double[] target;

    /** The pattern of {@code cppn} under {@code rule}. */
    public CppnPattern(Cppn cppn, ExpressionRule rule) {
        this.cppn = cppn;
        this.rule = rule;
        this.out = new double[cppn.layout().cppnOutputs()];
        this.source = new double[cppn.layout().dimensions()];
        this.target = new double[cppn.layout().dimensions()];
    }

    /** The substrate's dimensions, 2 or 3. */
    public int dimensions() {
        return source.length;
    }

    /** The weight from {@code from} to {@code to} (points of {@link #dimensions()} coordinates), 0 if not expressed. */
    public double weight(double[] from, double[] to) {
        cppn.query(from, 0, to, 0, out);
        double w = rule.weight(out);
        return w == w ? w : 0.0;
    }

    /** In a 2-D substrate, the weight from (sx, sy) to (tx, ty), 0 if not expressed. */
    public double weight(double sx, double sy, double tx, double ty) {
        if (source.length != 2) {
            throw new IllegalStateException("a " + source.length + "-D pattern needs " + source.length
                    + " coordinates per point");
        }
        source[0] = sx;
        source[1] = sy;
        target[0] = tx;
        target[1] = ty;
        return weight(source, target);
    }

    /** The largest weight magnitude the rule gives. */
    public double maxWeight() {
        return rule.maxWeight();
    }
}
