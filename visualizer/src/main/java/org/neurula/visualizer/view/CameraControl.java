package org.neurula.visualizer.view;

import java.awt.Component;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.camera.Camera;

/**
 * Zoom, pan and fit on a view's camera, in pixels of the view component. Needs a view that has been
 * painted once (painting sets the camera's transform up).
 *
 * <p>GraphStream's Swing camera works in the pixels of the window's drawing surface, where the view
 * starts at its offset in the window ({@code metrics.viewport[0..1]}); mouse events come in the
 * view's own pixels. {@link #toGu} and {@link #toPx} convert between the two.
 */
final class CameraControl {

    /** Zoom factor of one key press or button click. */
    static final double STEP = 1.25;
    /** Zoom factor of one mouse-wheel notch. */
    static final double WHEEL_STEP = 1.12;
    /** Share of the view width or height that one arrow key press pans. */
    static final double PAN_SHARE = 0.1;

    private final View view;
    private final Component surface;

    CameraControl(View view, Component surface) {
        this.view = view;
        this.surface = surface;
    }

    /** The graph point under pixel ({@code x}, {@code y}) of the view. */
    Point3 toGu(double x, double y) {
        double[] offset = offset();
        return view.getCamera().transformPxToGu(x + offset[0], y + offset[1]);
    }

    /** The pixel of the view showing graph point ({@code x}, {@code y}). */
    Point3 toPx(double x, double y) {
        double[] offset = offset();
        Point3 p = view.getCamera().transformGuToPx(x, y, 0);
        return new Point3(p.x - offset[0], p.y - offset[1], 0);
    }

    /** Zooms in ({@code factor} &gt; 1) or out around the centre of the view. */
    void zoom(double factor) {
        zoomAround(surface.getWidth() / 2.0, surface.getHeight() / 2.0, factor);
    }

    /** Zooms in ({@code factor} &gt; 1) or out keeping the graph point under pixel ({@code x}, {@code y}). */
    void zoomAround(double x, double y, double factor) {
        Camera camera = view.getCamera();
        double before = camera.getViewPercent();
        double after = ViewGeometry.zoomedPercent(before, 1 / factor);
        if (after == before) {
            return;
        }
        Point3 centre = ViewGeometry.centreKeeping(camera.getViewCenter(), toGu(x, y), after / before);
        camera.setViewPercent(after);
        camera.setViewCenter(centre.x, centre.y, centre.z);
    }

    /** Pans by a tenth of the view in the direction of ({@code sx}, {@code sy}), each -1, 0 or 1. */
    void panStep(int sx, int sy) {
        Camera camera = view.getCamera();
        Point3 origin = toGu(0, 0);
        Point3 moved = toGu(sx * PAN_SHARE * surface.getWidth(), sy * PAN_SHARE * surface.getHeight());
        Point3 centre = ViewGeometry.centreAfterDrag(camera.getViewCenter(), moved, origin);
        camera.setViewCenter(centre.x, centre.y, centre.z);
    }

    /** Keeps the graph point grabbed at pixel {@code from} under pixel {@code to}, for a drag. */
    void drag(Point3 centreAtGrab, double fromX, double fromY, double toX, double toY) {
        Point3 centre = ViewGeometry.centreAfterDrag(centreAtGrab, toGu(fromX, fromY), toGu(toX, toY));
        view.getCamera().setViewCenter(centre.x, centre.y, centre.z);
    }

    /** The view centre, copied. */
    Point3 centre() {
        Point3 c = view.getCamera().getViewCenter();
        return new Point3(c.x, c.y, c.z);
    }

    /** Fits the whole graph in the view again. */
    void fit() {
        view.getCamera().resetView();
    }

    private double[] offset() {
        double[] viewport = view.getCamera().getMetrics().viewport;
        return viewport != null && viewport.length >= 2 ? viewport : new double[] {0, 0};
    }
}
