package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graphstream.ui.geom.Point3;
import org.junit.jupiter.api.Test;

class ViewGeometryTest {

    private static final double EPS = 1e-12;

    @Test
    void zoomingKeepsThePointUnderThePointerInPlace() {
        Point3 centre = new Point3(0, 0, 0);
        Point3 pointer = new Point3(4, -2, 0);
        double factor = 0.5; // view percent halves: zoom in twice
        Point3 after = ViewGeometry.centreKeeping(centre, pointer, factor);
        assertEquals(2, after.x, EPS);
        assertEquals(-1, after.y, EPS);
        // the pointer's offset from the centre in GU scales with the factor, so its pixel offset is unchanged
        assertEquals((pointer.x - centre.x) * factor, pointer.x - after.x, EPS);
        assertEquals((pointer.y - centre.y) * factor, pointer.y - after.y, EPS);
    }

    @Test
    void zoomStaysWithinLimits() {
        assertEquals(ViewGeometry.MIN_VIEW_PERCENT, ViewGeometry.zoomedPercent(0.02, 0.1), EPS);
        assertEquals(ViewGeometry.MAX_VIEW_PERCENT, ViewGeometry.zoomedPercent(8, 2), EPS);
        assertEquals(0.8, ViewGeometry.zoomedPercent(1, 0.8), EPS);
    }

    @Test
    void draggingMovesTheCentreAgainstThePointer() {
        Point3 after = ViewGeometry.centreAfterDrag(new Point3(1, 1, 0), new Point3(3, 3, 0), new Point3(4, 1, 0));
        assertEquals(0, after.x, EPS);
        assertEquals(3, after.y, EPS);
    }

    @Test
    void distancesToSegmentsAndPolylines() {
        Point3 a = new Point3(0, 0, 0);
        Point3 b = new Point3(10, 0, 0);
        Point3 c = new Point3(10, 10, 0);
        assertEquals(3, ViewGeometry.distanceToSegment(5, 3, a, b), EPS);
        assertEquals(5, ViewGeometry.distanceToSegment(-3, 4, a, b), EPS, "beyond an end: to the end");
        assertEquals(5, ViewGeometry.distanceToSegment(3, 4, a, a), EPS, "a point segment");
        assertEquals(1, ViewGeometry.distanceToPolyline(11, 6, a, b, c), EPS);
        assertEquals(Math.sqrt(2), ViewGeometry.distanceToPolyline(1, 1, a), EPS);
    }
}
