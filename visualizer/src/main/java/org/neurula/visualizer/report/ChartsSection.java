package org.neurula.visualizer.report;

import org.neurula.visualizer.chart.RunChart;
import org.neurula.visualizer.chart.RunCharts;
import org.neurula.visualizer.chart.RunMetrics;

/** The run charts, embedded as PNG images. */
final class ChartsSection {

    /** Two charts side by side fill a 1280-pixel page at about their own size, so their text stays legible. */
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 400;

    private ChartsSection() {
    }

    static Section of(RunMetrics metrics) {
        RunCharts charts = new RunCharts(metrics, CHART_WIDTH, CHART_HEIGHT);
        StringBuilder body = new StringBuilder("<div class=\"charts\">\n");
        for (RunChart chart : RunChart.values()) {
            body.append("<figure>")
                    .append(PngDataUri.img(charts.image(chart), chart.title() + " chart", "chart"))
                    .append("<figcaption>").append(Html.escape(caption(chart))).append("</figcaption></figure>\n");
        }
        return new Section("progress", "Progress", body.append("</div>").toString());
    }

    private static String caption(RunChart chart) {
        return switch (chart) {
            case FITNESS -> "The champion's fitness and the population's mean, shaded one standard deviation either"
                    + " side.";
            case SPECIES -> "Members per species, stacked; a species keeps its colour in every chart and table.";
            case COMPLEXITY -> "Mean hidden nodes (left axis) and mean enabled connections (right axis) per genome.";
            case EVALUATIONS_PER_SECOND -> "Evaluation throughput (wall clock; depends on the machine and threads).";
            case ACTIVITY -> "The generation champion over one lifetime: share of dormant hidden and output nodes,"
                    + " of near-zero activations and of synapses pruned; for plastic networks the mean |weight"
                    + " change| (right axis).";
        };
    }
}
