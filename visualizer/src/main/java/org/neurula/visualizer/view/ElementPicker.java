package org.neurula.visualizer.view;

import java.util.EnumSet;
import java.util.Optional;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.camera.ConnectorSkeleton;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * Finds the node or connection under the pointer. Nodes come from GraphStream's own hit test; for
 * connections GraphStream only tests a small box at the middle, so the picker measures the distance
 * to the drawn line instead: the renderer's skeleton of the edge (curves and polylines included),
 * sampled, or the straight segment between its nodes before the first paint.
 */
final class ElementPicker {

    /** How close to a connection's line the pointer must be, in pixels. */
    static final double EDGE_TOLERANCE_PX = 5;

    /** Points per curve when measuring the distance to a curved connection. */
    private static final int CURVE_SAMPLES = 24;

    /** The attribute under which the Swing renderer keeps an element's skeleton. */
    private static final String SKELETON = "ui.j2dsk";

    private final View view;
    private final CameraControl camera;
    private final GraphicGraph drawn;
    private final Graph displayed;

    ElementPicker(View view, CameraControl camera, GraphicGraph drawn, Graph displayed) {
        this.view = view;
        this.camera = camera;
        this.drawn = drawn;
        this.displayed = displayed;
    }

    /** The element of the displayed graph under pixel ({@code x}, {@code y}): a node first, else an edge. */
    Optional<Element> at(double x, double y) {
        GraphicElement node = view.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), x, y);
        if (node != null && displayed.getNode(node.getId()) != null) {
            return Optional.of(displayed.getNode(node.getId()));
        }
        return nearestEdge(x, y).map(id -> (Element) displayed.getEdge(id));
    }

    private Optional<String> nearestEdge(double x, double y) {
        String best = null;
        double bestDistance = EDGE_TOLERANCE_PX;
        for (Edge edge : drawn.edges().toList()) {
            if (displayed.getEdge(edge.getId()) == null) {
                continue;
            }
            double d = ViewGeometry.distanceToPolyline(x, y, shape(edge));
            if (d <= bestDistance) {
                bestDistance = d;
                best = edge.getId();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The drawn line of {@code edge} in pixels. */
    private Point3[] shape(Edge edge) {
        Object skeleton = edge.getAttribute(SKELETON);
        if (skeleton instanceof ConnectorSkeleton s && s.size() >= 2) {
            Point3[] points = new Point3[CURVE_SAMPLES + 1];
            for (int i = 0; i <= CURVE_SAMPLES; i++) {
                Point3 gu = s.pointOnShape((double) i / CURVE_SAMPLES);
                points[i] = camera.toPx(gu.x, gu.y);
            }
            return points;
        }
        GraphicElement from = (GraphicElement) edge.getSourceNode();
        GraphicElement to = (GraphicElement) edge.getTargetNode();
        return new Point3[] {camera.toPx(from.getX(), from.getY()), camera.toPx(to.getX(), to.getY())};
    }
}
