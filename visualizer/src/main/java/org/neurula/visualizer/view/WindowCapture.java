package org.neurula.visualizer.view;

import java.awt.AWTException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.image.BufferedImage;

/**
 * A picture of a window as it is on the screen. {@link Robot} reads the screen itself, which proves
 * that a real window was drawn; where it is not allowed, the window paints itself into an image
 * instead.
 */
final class WindowCapture {

    private WindowCapture() {
    }

    /** The window's pixels; call on the Swing event thread after it has been painted. */
    static BufferedImage capture(Window window) {
        Toolkit.getDefaultToolkit().sync();
        try {
            Robot robot = new Robot(window.getGraphicsConfiguration().getDevice());
            return robot.createScreenCapture(new Rectangle(window.getLocationOnScreen(), window.getSize()));
        } catch (AWTException | SecurityException | IllegalArgumentException e) {
            return painted(window);
        }
    }

    /** The window painted into an image, without reading the screen. */
    static BufferedImage painted(Window window) {
        BufferedImage image = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            window.paintAll(g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
