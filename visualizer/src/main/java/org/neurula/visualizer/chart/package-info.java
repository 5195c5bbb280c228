/**
 * Charts of a run's progress, read from its {@code metrics.jsonl}: {@link org.neurula.visualizer.chart.RunMetrics}
 * holds the per-generation values, {@link org.neurula.visualizer.chart.RunCharts} draws them as PNG
 * images with XChart (fitness, species sizes, complexity, evaluations per second).
 */
package org.neurula.visualizer.chart;
