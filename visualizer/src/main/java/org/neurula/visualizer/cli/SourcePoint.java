package org.neurula.visualizer.cli;

import java.util.Locale;
import org.neurula.visualizer.BadInputException;

/**
 * The value of {@code --weights-from}: a point {@code X,Y} or {@code X,Y,Z} in substrate coordinates.
 *
 * @param coordinates two or three finite numbers
 */
record SourcePoint(double[] coordinates) {

    /** Parses {@code X,Y} or {@code X,Y,Z}. */
    static SourcePoint parse(String text) {
        String[] parts = text.split(",");
        if (parts.length < 2 || parts.length > 3) {
            throw bad(text);
        }
        double[] c = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                c[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw bad(text);
            }
            if (!Double.isFinite(c[i])) {
                throw bad(text);
            }
        }
        return new SourcePoint(c);
    }

    private static BadInputException bad(String text) {
        return new BadInputException(String.format(Locale.ROOT, "--weights-from '%s': give the source point as"
                + " X,Y or X,Y,Z numbers in substrate coordinates, such as 0,0 or -0.5,1,-1", text));
    }
}
