package org.neurula.visualizer.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look shared by every run chart, and small helpers for series data. */
final class ChartStyle {

    /** Up to this many generations, points are marked; beyond, only lines are drawn. */
    static final int MARKER_LIMIT = 25;

    /** Runs spanning fewer generations than this get a tick at every generation. */
    private static final int SHORT_RUN = 12;

    /** Half the width of the bar that stands for a band of a single generation. */
    private static final double SINGLE_GENERATION_HALF_WIDTH = 0.3;

    /** Roughly the pixels between two labelled generations. */
    private static final int X_TICK_SPACING = 70;

    private static final String OFF_GRID_SERIES = "\u200b";
    private static final double OFF_GRID_FRACTION = 0.3819660112501051;

    private static final Color GRID = new Color(0xe3e6ea);
    private static final Color TEXT = new Color(0x2b2f36);
    private static final Color BORDER = new Color(0xb8bec6);

    private ChartStyle() {
    }

    /** An XY chart with generations on the x axis, styled for a report. */
    static XYChart newChart(RunMetrics metrics, String title, String yTitle, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle("generation");
        chart.setYAxisTitle(yTitle);
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(BORDER);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
        styler.setMarkerSize(6);
        styler.setToolTipsEnabled(false);
        double first = metrics.generations()[0];
        double last = metrics.generations()[metrics.lastIndex()];
        styler.setxAxisTickLabelsFormattingFunction(ChartStyle::wholeNumberLabel);
        styler.setXAxisTickMarkSpacingHint(X_TICK_SPACING);
        styler.setXAxisMin(first == last ? first - 0.5 : first);
        styler.setXAxisMax(first == last ? last + 0.5 : last);
        return chart;
    }

    /**
     * Settles the axes' ticks; call it after adding the real series. XChart puts a tick at every
     * distinct value when the values of an axis are equally spaced, as generations are: right for a
     * few generations, crowded for many, and only two ticks for a species stack that never changes.
     * One disabled, legend-less point per y axis off both grids (half a generation after the first,
     * a third of the way up) switches it to round-number ticks. A single generation gets no x ticks; the axis
     * title names it.
     */
    static void finish(XYChart chart, RunMetrics metrics) {
        int[] generations = metrics.generations();
        if (generations.length == 1) {
            chart.setXAxisTitle("generation " + generations[0]);
            chart.getStyler().setXAxisTicksVisible(false);
        }
        if (chart.getSeriesMap().isEmpty()) {
            return;
        }
        int span = generations[metrics.lastIndex()] - generations[0];
        double x = generations.length > 1 && span < SHORT_RUN ? generations[0] : generations[0] + 0.5;
        Map<Integer, XYSeries> firstOfGroup = new TreeMap<>();
        for (XYSeries series : chart.getSeriesMap().values()) {
            firstOfGroup.putIfAbsent(series.getYAxisGroup(), series);
        }
        for (XYSeries series : firstOfGroup.values()) {
            double low = Arrays.stream(series.getYData()).min().orElse(0);
            double high = Arrays.stream(series.getYData()).max().orElse(0);
            double y = low == high ? high * OFF_GRID_FRACTION : low + (high - low) * OFF_GRID_FRACTION;
            XYSeries offGrid = chart.addSeries(OFF_GRID_SERIES.repeat(series.getYAxisGroup() + 1),
                    new double[] {x}, new double[] {y});
            offGrid.setYAxisGroup(series.getYAxisGroup());
            offGrid.setShowInLegend(false);
            offGrid.setEnabled(false);
        }
    }

    /** Generations are whole numbers: ticks between them get no label. */
    static String wholeNumberLabel(double x) {
        double rounded = Math.rint(x);
        return Math.abs(x - rounded) < 1e-9 ? Long.toString((long) rounded) : "";
    }

    /** Styles {@code series} as a line of {@code color}, with markers when there are few points. */
    static void line(XYSeries series, Color color, float width, int points) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(color);
        series.setLineWidth(width);
        series.setMarkerColor(color);
        series.setMarker(points <= MARKER_LIMIT ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    }

    /** The generation numbers as doubles. */
    static double[] generationAxis(RunMetrics metrics) {
        int[] generations = metrics.generations();
        double[] x = new double[generations.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = generations[i];
        }
        return x;
    }

    /** The points of {@code x}, {@code y} whose y is finite; {@code null} if there is none. */
    static double[][] finitePoints(double[] x, double[] y) {
        int count = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        double[][] points = new double[2][count];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                points[0][k] = x[i];
                points[1][k] = y[i];
                k++;
            }
        }
        return points;
    }

    /**
     * The polygon of a band between {@code bottom} and {@code top}: along the top forwards, back along
     * the bottom. A single generation would be a band of no width; it becomes a narrow bar.
     */
    static double[][] bandOutline(double[] x, double[] bottom, double[] top) {
        if (x.length == 1) {
            double[] wide = {x[0] - SINGLE_GENERATION_HALF_WIDTH, x[0] + SINGLE_GENERATION_HALF_WIDTH};
            return bandOutline(wide, new double[] {bottom[0], bottom[0]}, new double[] {top[0], top[0]});
        }
        int n = x.length;
        double[][] outline = new double[2][2 * n];
        for (int i = 0; i < n; i++) {
            outline[0][i] = x[i];
            outline[1][i] = top[i];
            outline[0][2 * n - 1 - i] = x[i];
            outline[1][2 * n - 1 - i] = bottom[i];
        }
        return outline;
    }

    /** The largest finite value of {@code values}, or 0 if none is larger. */
    static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    /** {@code color} darker, for the edge of a filled area. */
    static Color edge(Color color) {
        return new Color((int) (color.getRed() * 0.7), (int) (color.getGreen() * 0.7), (int) (color.getBlue() * 0.7));
    }
}
