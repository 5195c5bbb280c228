package org.neurula.visualizer.view;

import org.graphstream.ui.geom.Point3;

/**
 * The arithmetic of zooming, panning and pointing, in graph units (GU) and pixels (px). GraphStream's
 * camera maps GU to px by a scale and a translation fixed by its view centre, so a zoom by a factor
 * keeps the point under the pointer in place when the centre moves towards that point by the same
 * factor.
 */
public final class ViewGeometry {

    /** The smallest view percent (strongest zoom in): 1 % of the whole graph. */
    public static final double MIN_VIEW_PERCENT = 0.01;
    /** The largest view percent (strongest zoom out): ten times the whole graph. */
    public static final double MAX_VIEW_PERCENT = 10.0;

    private ViewGeometry() {
    }

    /** {@code percent * factor}, kept between {@link #MIN_VIEW_PERCENT} and {@link #MAX_VIEW_PERCENT}. */
    public static double zoomedPercent(double percent, double factor) {
        return Math.max(MIN_VIEW_PERCENT, Math.min(MAX_VIEW_PERCENT, percent * factor));
    }

    /**
     * The view centre after zooming by {@code factor} (new view percent / old) such that the graph point
     * {@code pointer} stays under the mouse: {@code pointer - (pointer - centre) * factor}.
     */
    public static Point3 centreKeeping(Point3 centre, Point3 pointer, double factor) {
        return new Point3(pointer.x - (pointer.x - centre.x) * factor, pointer.y - (pointer.y - centre.y) * factor,
                centre.z);
    }

    /**
     * The view centre after dragging the graph from graph point {@code grabbed} to graph point
     * {@code now} (both read through the same camera transform): the centre moves the other way.
     */
    public static Point3 centreAfterDrag(Point3 centre, Point3 grabbed, Point3 now) {
        return new Point3(centre.x - (now.x - grabbed.x), centre.y - (now.y - grabbed.y), centre.z);
    }

    /** The distance in px from ({@code px}, {@code py}) to the segment from {@code a} to {@code b}. */
    public static double distanceToSegment(double px, double py, Point3 a, Point3 b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - a.x) * dx + (py - a.y) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double cx = a.x + t * dx - px;
        double cy = a.y + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** The distance in px from ({@code px}, {@code py}) to the polyline through {@code points}. */
    public static double distanceToPolyline(double px, double py, Point3... points) {
        if (points.length == 1) {
            return Math.hypot(points[0].x - px, points[0].y - py);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < points.length; i++) {
            best = Math.min(best, distanceToSegment(px, py, points[i], points[i + 1]));
        }
        return best;
    }
}
