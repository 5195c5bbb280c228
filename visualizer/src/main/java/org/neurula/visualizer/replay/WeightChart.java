package org.neurula.visualizer.replay;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of a recorded lifetime: the weights of the connections that changed most, against the
 * activation step, and the modulation signal when there was one.
 */
public final class WeightChart {

    /** Connections drawn at most; the ones whose weight moved furthest from where it started. */
    public static final int MAX_SERIES = 12;

    private WeightChart() {
    }

    /** The chart as a picture. */
    public static BufferedImage image(WeightTrace trace, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title("Weights through one lifetime").xAxisTitle("activation step").yAxisTitle("weight").build();
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendVisible(true);
        double[] steps = IntStream.range(0, trace.steps()).asDoubleStream().toArray();
        Integer[] order = IntStream.range(0, trace.innovations().length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -travel(trace, k)).thenComparingInt(k -> k));
        int shown = 0;
        for (int k : order) {
            if (shown == MAX_SERIES || travel(trace, k) == 0) {
                break;
            }
            double[] weights = new double[trace.steps()];
            for (int s = 0; s < weights.length; s++) {
                weights[s] = trace.frames()[s][k];
            }
            XYSeries series = chart.addSeries(trace.labels()[k], steps, weights);
            series.setMarker(SeriesMarkers.NONE);
            shown++;
        }
        if (Arrays.stream(trace.rewards()).anyMatch(r -> r != 0)) {
            XYSeries signal = chart.addSeries("modulation", steps, trace.rewards());
            signal.setMarker(SeriesMarkers.NONE);
            signal.setLineColor(Color.GRAY);
        }
        if (shown == 0) {
            chart.setTitle("Weights through one lifetime: none changed");
            double[] flat = new double[trace.steps()];
            chart.addSeries("no change", steps, flat).setMarker(SeriesMarkers.NONE);
        }
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The largest distance of connection {@code k}'s weight from its start over the lifetime. */
    private static double travel(WeightTrace trace, int k) {
        double start = trace.frames()[0][k];
        double max = 0;
        for (double[] frame : trace.frames()) {
            max = Math.max(max, Math.abs(frame[k] - start));
        }
        return max;
    }
}
