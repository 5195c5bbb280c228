package org.neurula.visualizer.chart;

import java.awt.Color;
import org.knowm.xchart.XYChart;

/** Evaluations per second of wall-clock time, from each line's {@code timing}. */
final class ThroughputChart {

    private static final Color THROUGHPUT = new Color(0x3a7d8c);

    private ThroughputChart() {
    }

    /** The chart, or {@code null} if no generation recorded its timing. */
    static XYChart build(RunMetrics metrics, int width, int height) {
        double[] x = ChartStyle.generationAxis(metrics);
        double[][] points = ChartStyle.finitePoints(x, metrics.evaluationsPerSecond());
        if (points == null) {
            return null;
        }
        XYChart chart = ChartStyle.newChart(metrics, "Evaluations per second", "evaluations / s", width, height);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendVisible(false);
        if (ChartStyle.max(points[1]) <= 0) {
            chart.getStyler().setYAxisMax(1.0);
        }
        ChartStyle.line(chart.addSeries("evaluations per second", points[0], points[1]), THROUGHPUT, 2f, x.length);
        ChartStyle.finish(chart, metrics);
        return chart;
    }
}
