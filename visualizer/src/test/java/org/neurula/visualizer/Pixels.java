package org.neurula.visualizer;

import java.awt.image.BufferedImage;

/** Finding a colour in a picture, for tests that check what was drawn without comparing bytes. */
public final class Pixels {

    private Pixels() {
    }

    /** Whether pixel {@code rgb} is within {@code tolerance} (summed over the channels) of {@code hex}. */
    public static boolean near(int rgb, String hex, int tolerance) {
        int target = Integer.parseInt(hex.substring(1), 16);
        int d = Math.abs(((rgb >> 16) & 0xff) - (target >> 16)) + Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff))
                + Math.abs((rgb & 0xff) - (target & 0xff));
        return d <= tolerance;
    }

    /** How many pixels of {@code image} are near {@code hex}. */
    public static int count(BufferedImage image, String hex, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), hex, tolerance)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The mean row of the pixels near {@code hex}, or -1 when fewer than five are. */
    public static int meanRow(BufferedImage image, String hex, int tolerance) {
        long sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), hex, tolerance)) {
                    sum += y;
                    count++;
                }
            }
        }
        return count < 5 ? -1 : (int) (sum / count);
    }
}
