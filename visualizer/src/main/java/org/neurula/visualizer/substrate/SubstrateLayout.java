package org.neurula.visualizer.substrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;

/**
 * Places a grown network's nodes at their substrate coordinates, in square sheets side by side:
 * <ul>
 * <li>2-D coordinates are drawn as they are, x to the right and y up, in one sheet — unless nodes of
 * different kinds share coordinates (HyperNEAT's classic input sheet and output sheet over the same
 * grid), then inputs (with the bias), hidden nodes and outputs get a sheet each, left to right;</li>
 * <li>3-D coordinates with at most {@value #MAX_SHEETS} distinct z values get one sheet per z, lowest
 * on the left (an input sheet at z = -1 and an output sheet at z = 1 side by side); with more z values
 * the nodes are drawn in one sheet in an oblique projection, z shifting them up and to the right;</li>
 * <li>a network saved without coordinates is drawn in rows by kind: inputs at y = -1, hidden nodes at
 * 0, outputs at 1, each row spread over [-1, 1].</li>
 * </ul>
 * All sheets share one scale: the square [-1, 1]² (grown to hold every coordinate) fills a sheet.
 */
public final class SubstrateLayout {

    /** The most z values drawn as separate sheets. */
    public static final int MAX_SHEETS = 6;
    /** Space between sheets, as a fraction of a sheet's side. */
    public static final double SHEET_GAP = 0.6;
    /** How far z shifts a node in the oblique projection, per unit of z, along each picture axis. */
    static final double OBLIQUE = 0.35;

    private SubstrateLayout() {
    }

    /**
     * The placement of {@code network}'s nodes in sheets of side {@code size} whose bottom-left corner
     * is at ({@code left}, {@code bottom}), left to right.
     */
    public static SubstratePlacement of(NetworkBlueprint network, double left, double bottom, double size) {
        if (!(size > 0)) {
            throw new IllegalArgumentException("a sheet needs a positive size, not " + size);
        }
        int n = network.nodeCount();
        double[] px = new double[n];
        double[] py = new double[n];
        int[] sheet = new int[n];
        List<String> labels = new ArrayList<>();
        String projection;
        Positions at = network.positions();
        if (at == null) {
            projection = "no coordinates saved: rows by kind";
            rowsByKind(network, px, py);
            labels.add("");
        } else if (at.dimensions() == 3) {
            TreeMap<Double, Integer> levels = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                levels.put(at.coordinate(i, 2) + 0.0, 0); // + 0.0 makes -0.0 and 0.0 one level
            }
            if (levels.size() <= MAX_SHEETS) {
                projection = levels.size() == 1 ? "3-D, one z level" : "3-D; one sheet per z, lowest on the left";
                int k = 0;
                for (Map.Entry<Double, Integer> level : levels.entrySet()) {
                    level.setValue(k++);
                    labels.add(String.format(Locale.ROOT, "z = %s", number(level.getKey())));
                }
                for (int i = 0; i < n; i++) {
                    px[i] = at.coordinate(i, 0);
                    py[i] = at.coordinate(i, 1);
                    sheet[i] = levels.get(at.coordinate(i, 2) + 0.0);
                }
            } else {
                projection = "3-D, oblique; z moves nodes up and right";
                labels.add("");
                for (int i = 0; i < n; i++) {
                    double z = at.coordinate(i, 2);
                    px[i] = at.coordinate(i, 0) + OBLIQUE * z;
                    py[i] = at.coordinate(i, 1) + OBLIQUE * z;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                px[i] = at.coordinate(i, 0);
                py[i] = at.coordinate(i, 1);
            }
            if (kindsShareCoordinates(network, px, py)) {
                projection = "2-D; sheets that share coordinates side by side";
                splitByKind(network, sheet, labels);
            } else {
                projection = "2-D coordinates";
                labels.add("");
            }
        }
        double low = -1;
        double high = 1;
        for (int i = 0; i < n; i++) {
            low = Math.min(low, Math.min(px[i], py[i]));
            high = Math.max(high, Math.max(px[i], py[i]));
        }
        double scale = size / (high - low);
        List<SubstrateSheet> sheets = new ArrayList<>();
        for (int s = 0; s < labels.size(); s++) {
            sheets.add(new SubstrateSheet(labels.get(s), left + s * size * (1 + SHEET_GAP), bottom, size));
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sheets.get(sheet[i]).left() + (px[i] - low) * scale;
            y[i] = bottom + (py[i] - low) * scale;
        }
        return new SubstratePlacement(x, y, sheet, List.copyOf(sheets), low, scale, projection);
    }

    /** The sheet group of a kind: inputs with the bias, hidden with modulatory nodes, outputs. */
    static int group(NodeKind kind) {
        return switch (kind) {
            case INPUT, BIAS -> 0;
            case HIDDEN, MODULATORY -> 1;
            case OUTPUT -> 2;
        };
    }

    private static boolean kindsShareCoordinates(NetworkBlueprint network, double[] px, double[] py) {
        Map<List<Double>, Integer> groupAt = new HashMap<>();
        for (int i = 0; i < px.length; i++) {
            int g = group(network.kinds()[i]);
            Integer before = groupAt.putIfAbsent(List.of(px[i] + 0.0, py[i] + 0.0), g);
            if (before != null && before != g) {
                return true;
            }
        }
        return false;
    }

    private static void splitByKind(NetworkBlueprint network, int[] sheet, List<String> labels) {
        String[] names = {"input sheet", "hidden sheet", "output sheet"};
        int[] index = {-1, -1, -1};
        for (NodeKind kind : network.kinds()) {
            index[group(kind)] = 0;
        }
        for (int g = 0; g < 3; g++) {
            if (index[g] == 0) {
                index[g] = labels.size();
                labels.add(names[g]);
            }
        }
        for (int i = 0; i < sheet.length; i++) {
            sheet[i] = index[group(network.kinds()[i])];
        }
    }

    private static void rowsByKind(NetworkBlueprint network, double[] px, double[] py) {
        int[] counts = new int[3];
        for (NodeKind kind : network.kinds()) {
            counts[group(kind)]++;
        }
        int[] seen = new int[3];
        for (int i = 0; i < px.length; i++) {
            int g = group(network.kinds()[i]);
            int k = seen[g]++;
            px[i] = counts[g] == 1 ? 0 : -1 + 2.0 * k / (counts[g] - 1);
            py[i] = g - 1.0;
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
