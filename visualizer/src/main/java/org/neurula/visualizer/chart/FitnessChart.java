package org.neurula.visualizer.chart;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Best fitness, and mean fitness inside a shaded band of plus and minus one standard deviation. */
final class FitnessChart {

    private static final Color BEST = new Color(0xd9622b);
    private static final Color MEAN = new Color(0x2f6db5);
    private static final Color BAND = new Color(0x2f, 0x6d, 0xb5, 56);

    private FitnessChart() {
    }

    /** The chart, or {@code null} if no generation recorded a finite fitness. */
    static XYChart build(RunMetrics metrics, int width, int height) {
        double[] x = ChartStyle.generationAxis(metrics);
        double[][] best = ChartStyle.finitePoints(x, metrics.bestFitness());
        double[][] mean = ChartStyle.finitePoints(x, metrics.meanFitness());
        if (best == null && mean == null) {
            return null;
        }
        XYChart chart = ChartStyle.newChart(metrics, "Fitness", "fitness", width, height);
        double[][] band = band(x, metrics.meanFitness(), metrics.stdFitness());
        if (band != null) {
            XYSeries series = chart.addSeries("mean \u00b1 std", band[0], band[1]);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            series.setFillColor(BAND);
            series.setLineColor(BAND);
            series.setLineWidth(0.5f);
            series.setMarker(SeriesMarkers.NONE);
        }
        if (mean != null) {
            ChartStyle.line(chart.addSeries("mean", mean[0], mean[1]), MEAN, 1.6f, x.length);
        }
        if (best != null) {
            ChartStyle.line(chart.addSeries("best", best[0], best[1]), BEST, 2.2f, x.length);
        }
        ChartStyle.finish(chart, metrics);
        return chart;
    }

    /** The band between mean - std and mean + std; {@code null} if any value is not finite. */
    private static double[][] band(double[] x, double[] mean, double[] std) {
        int n = x.length;
        double[] bottom = new double[n];
        double[] top = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(mean[i]) || !Double.isFinite(std[i])) {
                return null;
            }
            bottom[i] = mean[i] - std[i];
            top[i] = mean[i] + std[i];
        }
        return ChartStyle.bandOutline(x, bottom, top);
    }
}
