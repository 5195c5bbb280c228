package org.neurula.developmental.es;

import org.neurula.developmental.cppn.Cppn;
import org.neurula.developmental.hyperneat.ExpressionRule;

/** The CPPN's weight output (clipped) and, with a LEO, its veto; one query buffer, no allocation. */
final class CppnWeightPattern implements WeightPattern {
    private final Cppn cppn;
    private final int expression;
    private final double[] source = new double[2];
    private final double[] target = new double[2];
    private final double[] out;

    CppnWeightPattern(Cppn cppn, int expression) {
        this.cppn = cppn;
        this.expression = expression;
        this.out = new double[cppn.layout().cppnOutputs()];
    }

    private void query(double x1, double y1, double x2, double y2) {
        source[0] = x1;
        source[1] = y1;
        target[0] = x2;
        target[1] = y2;
        cppn.query(source, 0, target, 0, out);
    }

    @Override
    public double weight(double x1, double y1, double x2, double y2) {
        query(x1, y1, x2, y2);
        return ExpressionRule.clip(out[0]);
    }

    @Override
    public boolean expressed(double x1, double y1, double x2, double y2) {
        if (expression < 0) {
            return true;
        }
        query(x1, y1, x2, y2);
        return out[expression] > 0.0;
    }
}
