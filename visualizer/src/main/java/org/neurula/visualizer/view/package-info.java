/**
 * The interactive topology window behind {@code neurula view}: a GraphStream Swing view embedded in a
 * frame with zoom and pan, details of the node or connection under the pointer, stepping through a
 * run's improving champions, and an optional lifetime replay of a plastic network's weights.
 *
 * <p>Everything that touches the window runs on the Swing event thread; the displayed graph is
 * owned by that thread too (GraphStream's {@code GRAPH_IN_GUI_THREAD} model). The non-window logic —
 * {@link org.neurula.visualizer.view.ChampionSequence}, {@link org.neurula.visualizer.view.ElementInfo},
 * {@link org.neurula.visualizer.view.GraphContents}, {@link org.neurula.visualizer.view.ViewGeometry} and
 * {@link org.neurula.visualizer.view.ReplayControls#applyFrame} — works headless.
 */
package org.neurula.visualizer.view;
