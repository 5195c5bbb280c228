package org.neurula.visualizer.chart;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The generation champion's activity over one lifetime: dormant ratio, sparsity and, when the run
 * pruned, the pruned share on a left axis of shares (0 to 1); when its networks learn, the mean
 * |weight change| on a right axis. A measure that stayed 0 all run (no pruning, no plasticity) is left
 * out rather than drawn as a line on the axis.
 */
final class ActivityChart {

    static final Color DORMANT = new Color(0xc0392b);
    static final Color SPARSITY = new Color(0x2e86c1);
    static final Color PRUNED = new Color(0x7d6608);
    static final Color DRIFT = new Color(0x7b4fb0);
    private static final int SHARE_AXIS = 0;
    private static final int DRIFT_AXIS = 1;

    private ActivityChart() {
    }

    /** The chart, or {@code null} if no generation recorded its champion's activity. */
    static XYChart build(RunMetrics metrics, int width, int height) {
        ActivityMetrics activity = metrics.championActivity();
        double[] x = ChartStyle.generationAxis(metrics);
        double[][] dormant = ChartStyle.finitePoints(x, activity.dormantRatio());
        double[][] sparsity = ChartStyle.finitePoints(x, activity.sparsity());
        if (dormant == null && sparsity == null) {
            return null;
        }
        double[][] pruned = nonZero(ChartStyle.finitePoints(x, activity.prunedShare()));
        double[][] drift = nonZero(ChartStyle.finitePoints(x, activity.weightDrift()));
        XYChart chart = ChartStyle.newChart(metrics, "Champion activity over one lifetime", "share", width, height);
        XYStyler styler = chart.getStyler();
        styler.setYAxisMin(SHARE_AXIS, 0.0);
        styler.setYAxisMax(SHARE_AXIS, 1.0);
        add(chart, "dormant nodes", dormant, DORMANT, SHARE_AXIS, x.length);
        add(chart, "near-zero activations", sparsity, SPARSITY, SHARE_AXIS, x.length);
        add(chart, "synapses pruned", pruned, PRUNED, SHARE_AXIS, x.length);
        if (drift != null) {
            styler.setYAxisGroupPosition(DRIFT_AXIS, Styler.YAxisPosition.Right);
            add(chart, "mean |weight change|", drift, DRIFT, DRIFT_AXIS, x.length);
            chart.setYAxisGroupTitle(DRIFT_AXIS, "mean |weight change|");
            styler.setYAxisMin(DRIFT_AXIS, 0.0);
            styler.setYAxisGroupTitleColor(DRIFT_AXIS, DRIFT);
            styler.setYAxisGroupTickLabelsColorMap(DRIFT_AXIS, DRIFT);
        }
        ChartStyle.finish(chart, metrics);
        return chart;
    }

    private static void add(XYChart chart, String name, double[][] points, Color color, int axis, int n) {
        if (points == null) {
            return;
        }
        XYSeries series = chart.addSeries(name, points[0], points[1]);
        ChartStyle.line(series, color, 2f, n);
        series.setYAxisGroup(axis);
    }

    /** {@code points}, or {@code null} when there are none or every value is 0. */
    private static double[][] nonZero(double[][] points) {
        return points == null || ChartStyle.max(points[1]) <= 0 ? null : points;
    }
}
