package org.neurula.visualizer.chart;

/** The charts {@link RunCharts} draws, with the file name each is written to. */
public enum RunChart {

    /** Best fitness, and mean fitness with a band of one standard deviation. */
    FITNESS("fitness.png", "Fitness"),
    /** Species sizes stacked, one colour per species id. */
    SPECIES("species.png", "Species"),
    /** Mean hidden nodes and mean enabled connections per genome. */
    COMPLEXITY("complexity.png", "Complexity"),
    /** Evaluations per second of wall-clock time. */
    EVALUATIONS_PER_SECOND("evaluations-per-second.png", "Evaluations per second"),
    /** The generation champion's dormant ratio, sparsity, pruned share and weight drift over one lifetime. */
    ACTIVITY("activity.png", "Champion activity");

    private final String fileName;
    private final String title;

    RunChart(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    /** The PNG file name, e.g. {@code fitness.png}. */
    public String fileName() {
        return fileName;
    }

    /** A short human title, e.g. {@code Fitness}. */
    public String title() {
        return title;
    }
}
