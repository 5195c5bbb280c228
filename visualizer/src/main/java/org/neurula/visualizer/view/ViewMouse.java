package org.neurula.visualizer.view;

import java.awt.Component;
import java.awt.Cursor;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.event.MouseInputListener;
import org.graphstream.graph.Element;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/**
 * The mouse on the graph view, in place of GraphStream's default manager (which drags nodes and
 * draws selection rectangles): hovering reports the element under the pointer, a click pins it,
 * dragging the background pans, the wheel zooms around the pointer. Nodes stay where the layout put
 * them.
 */
final class ViewMouse implements MouseManager, MouseInputListener, MouseWheelListener {

    private final Component surface;
    private final CameraControl camera;
    private final ElementPicker picker;
    private final Consumer<Optional<Element>> hovered;
    private final Consumer<Optional<Element>> clicked;
    private View view;
    private Point3 centreAtGrab;
    private int grabX;
    private int grabY;

    /**
     * @param hovered told the element under the pointer whenever the pointer moves (empty over the
     *                background)
     * @param clicked told the element clicked (empty for a click on the background)
     */
    ViewMouse(Component surface, CameraControl camera, ElementPicker picker, Consumer<Optional<Element>> hovered,
            Consumer<Optional<Element>> clicked) {
        this.surface = surface;
        this.camera = camera;
        this.picker = picker;
        this.hovered = hovered;
        this.clicked = clicked;
    }

    @Override
    public void init(GraphicGraph graph, View view) {
        this.view = view;
        view.addListener("Mouse", this);
        view.addListener("MouseMotion", this);
        surface.addMouseWheelListener(this);
    }

    @Override
    public void release() {
        if (view != null) {
            view.removeListener("Mouse", this);
            view.removeListener("MouseMotion", this);
            surface.removeMouseWheelListener(this);
            view = null;
        }
    }

    @Override
    public EnumSet<InteractiveElement> getManagedTypes() {
        return EnumSet.of(InteractiveElement.NODE, InteractiveElement.EDGE);
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        Optional<Element> under = picker.at(e.getX(), e.getY());
        surface.setCursor(Cursor.getPredefinedCursor(under.isPresent() ? Cursor.HAND_CURSOR : Cursor.DEFAULT_CURSOR));
        hovered.accept(under);
    }

    @Override
    public void mousePressed(MouseEvent e) {
        surface.requestFocusInWindow();
        if (SwingUtilities.isLeftMouseButton(e) && picker.at(e.getX(), e.getY()).isEmpty()) {
            centreAtGrab = camera.centre();
            grabX = e.getX();
            grabY = e.getY();
            surface.setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (centreAtGrab != null) {
            camera.drag(centreAtGrab, grabX, grabY, e.getX(), e.getY());
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (centreAtGrab != null) {
            centreAtGrab = null;
            surface.setCursor(Cursor.getDefaultCursor());
        }
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        if (SwingUtilities.isLeftMouseButton(e)) {
            clicked.accept(picker.at(e.getX(), e.getY()));
        }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        double notches = e.getPreciseWheelRotation();
        camera.zoomAround(e.getX(), e.getY(), Math.pow(CameraControl.WHEEL_STEP, -notches));
    }

    @Override
    public void mouseEntered(MouseEvent e) {
        // nothing: hovering starts with the first move
    }

    @Override
    public void mouseExited(MouseEvent e) {
        hovered.accept(Optional.empty());
    }
}
