/**
 * The HTML report of a run: {@link org.neurula.visualizer.report.HtmlReport} writes one static,
 * self-contained page (summary, charts, champion, species, improving champions, config) with every
 * image embedded, so it opens from disk with nothing fetched.
 */
package org.neurula.visualizer.report;
