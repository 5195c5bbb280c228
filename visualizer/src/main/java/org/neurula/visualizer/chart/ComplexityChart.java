package org.neurula.visualizer.chart;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * Mean hidden nodes (left axis) and mean enabled connections (right axis) per genome over the
 * generations: two y axes because connections outnumber hidden nodes many times over.
 */
final class ComplexityChart {

    private static final Color HIDDEN = new Color(0x2e8b57);
    private static final Color CONNECTIONS = new Color(0x7b4fb0);
    private static final int HIDDEN_AXIS = 0;
    private static final int CONNECTIONS_AXIS = 1;

    private ComplexityChart() {
    }

    /** The chart, or {@code null} if no generation recorded complexity. */
    static XYChart build(RunMetrics metrics, int width, int height) {
        double[] x = ChartStyle.generationAxis(metrics);
        double[][] hidden = ChartStyle.finitePoints(x, metrics.meanHiddenNodes());
        double[][] connections = ChartStyle.finitePoints(x, metrics.meanEnabledConnections());
        if (hidden == null && connections == null) {
            return null;
        }
        XYChart chart = ChartStyle.newChart(metrics, "Complexity (mean per genome)", "", width, height);
        XYStyler styler = chart.getStyler();
        styler.setYAxisGroupPosition(CONNECTIONS_AXIS, Styler.YAxisPosition.Right);
        if (hidden != null) {
            addSeries(chart, "mean hidden nodes", hidden, HIDDEN, HIDDEN_AXIS, x.length);
        }
        if (connections != null) {
            addSeries(chart, "mean enabled connections", connections, CONNECTIONS, CONNECTIONS_AXIS, x.length);
        }
        ChartStyle.finish(chart, metrics);
        return chart;
    }

    private static void addSeries(XYChart chart, String name, double[][] points, Color color, int axis, int n) {
        XYSeries series = chart.addSeries(name, points[0], points[1]);
        ChartStyle.line(series, color, 2f, n);
        series.setYAxisGroup(axis);
        chart.setYAxisGroupTitle(axis, name);
        XYStyler styler = chart.getStyler();
        styler.setYAxisMin(axis, 0.0);
        // a value that never left 0 (no hidden node yet) still needs an axis of some height
        if (ChartStyle.max(points[1]) <= 0) {
            styler.setYAxisMax(axis, 1.0);
        }
        styler.setYAxisGroupTitleColor(axis, color);
        styler.setYAxisGroupTickLabelsColorMap(axis, color);
    }
}
