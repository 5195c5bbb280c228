package org.neurula.visualizer.chart;

import java.awt.Color;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Species sizes stacked over the generations, oldest species (lowest id) at the bottom: each
 * species is a band between the sum of the species below it and that sum plus its size, in its
 * {@link SpeciesPalette} colour, and of height 0 in the generations it is not alive.
 */
final class SpeciesChart {

    /** At most this many species are named in the legend. */
    static final int LEGEND_LIMIT = 12;

    private SpeciesChart() {
    }

    /** The chart, or {@code null} if no generation recorded species. */
    static XYChart build(RunMetrics metrics, int width, int height) {
        int[] ids = metrics.allSpeciesIds();
        if (ids.length == 0) {
            return null;
        }
        Set<Integer> named = legendEntries(metrics, ids);
        int aliveAtEnd = metrics.speciesIds()[metrics.lastIndex()].length;
        String title = ids.length <= LEGEND_LIMIT ? "Species sizes"
                : "Species sizes (" + ids.length + " species; legend: "
                        + (aliveAtEnd <= LEGEND_LIMIT ? "those alive now)" : named.size() + " largest now)");
        XYChart chart = ChartStyle.newChart(metrics, title, "genomes", width, height);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendVisible(!named.isEmpty());

        double[] x = ChartStyle.generationAxis(metrics);
        double[][] tops = cumulativeTops(metrics, ids);
        String prefix = metrics.speciesIdsRecorded() ? "species " : "species #";
        // added from the top of the stack down, so the legend reads like the picture
        for (int k = ids.length - 1; k >= 0; k--) {
            double[] bottom = k == 0 ? new double[x.length] : tops[k - 1];
            // only the generations it lives in, and one either side where its band closes to nothing
            int from = 0;
            while (from < x.length - 1 && absent(metrics, from, ids[k]) && absent(metrics, from + 1, ids[k])) {
                from++;
            }
            int to = x.length - 1;
            while (to > from && absent(metrics, to, ids[k]) && absent(metrics, to - 1, ids[k])) {
                to--;
            }
            double[][] outline = ChartStyle.bandOutline(Arrays.copyOfRange(x, from, to + 1),
                    Arrays.copyOfRange(bottom, from, to + 1), Arrays.copyOfRange(tops[k], from, to + 1));
            Color color = SpeciesPalette.color(ids[k]);
            XYSeries series = chart.addSeries(prefix + ids[k], outline[0], outline[1]);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            series.setFillColor(color);
            series.setLineColor(color);
            series.setLineWidth(0.5f);
            series.setMarker(SeriesMarkers.NONE);
            series.setShowInLegend(named.contains(ids[k]));
        }
        ChartStyle.finish(chart, metrics);
        return chart;
    }

    private static boolean absent(RunMetrics metrics, int index, int speciesId) {
        return metrics.speciesSize(index, speciesId) == 0;
    }

    /** tops[k][i]: the summed sizes of species ids[0..k] in generation i. */
    private static double[][] cumulativeTops(RunMetrics metrics, int[] ids) {
        int n = metrics.size();
        double[][] tops = new double[ids.length][n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < ids.length; k++) {
                sum += metrics.speciesSize(i, ids[k]);
                tops[k][i] = sum;
            }
        }
        return tops;
    }

    /** All species if they fit, else the largest of the last generation (ties: lower id first). */
    private static Set<Integer> legendEntries(RunMetrics metrics, int[] ids) {
        if (ids.length <= LEGEND_LIMIT) {
            return new HashSet<>(Arrays.stream(ids).boxed().toList());
        }
        int last = metrics.lastIndex();
        return new HashSet<>(IntStream.of(ids).boxed()
                .filter(id -> metrics.speciesSize(last, id) > 0)
                .sorted(Comparator.comparingInt((Integer id) -> -metrics.speciesSize(last, id))
                        .thenComparingInt(id -> id))
                .limit(LEGEND_LIMIT)
                .toList());
    }
}
